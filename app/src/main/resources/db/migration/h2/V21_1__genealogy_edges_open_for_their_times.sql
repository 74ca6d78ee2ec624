-- Sets the append-only trigger aside while V21_2 fills the times of earlier edges; V21_3 puts it back.
drop trigger genealogy_edges_append_only;
