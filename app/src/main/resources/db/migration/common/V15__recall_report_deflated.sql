-- A mock recall keeps its report as deflated JSON: tens of megabytes of JSON for a scope of tens of thousands of
-- lots deflate about twentyfold, so the drill writes about a megabyte instead. Reports kept before stay in the text
-- column "report" and are read from there.
alter table recalls add column report_deflated bytea;
