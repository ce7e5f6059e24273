-- Full-text index over report sentences. The trigram tokenizer matches any substring of three or
-- more characters, which suits Chinese (no word breaks); shorter queries use LIKE on the same table.
CREATE VIRTUAL TABLE `sentences_fts` USING fts5(`text`, content='sentences', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `sentences_fts_ai` AFTER INSERT ON `sentences` BEGIN
  INSERT INTO `sentences_fts`(rowid, `text`) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `sentences_fts_ad` AFTER DELETE ON `sentences` BEGIN
  INSERT INTO `sentences_fts`(`sentences_fts`, rowid, `text`) VALUES ('delete', old.id, old.text);
END;
