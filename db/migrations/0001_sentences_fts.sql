-- Full-text index over report sentences. The trigram tokenizer matches any substring of three or
-- more characters, which suits Chinese (no word breaks); shorter queries use LIKE instead.
-- No triggers keep it in step with `sentences`: the loader (the only writer) rebuilds it once per
-- load, which is ~5x cheaper than indexing row by row and also drops entries of replaced reports.
CREATE VIRTUAL TABLE `sentences_fts` USING fts5(`text`, content='sentences', content_rowid='id', tokenize='trigram');
