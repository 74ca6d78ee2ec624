-- A mock recall keeps its report: tens of megabytes of JSON for a scope of tens of thousands of lots. lz4 compresses
-- it about six times faster than the default (pglz), for about a sixth more space.
alter table recalls alter column report set compression lz4;
