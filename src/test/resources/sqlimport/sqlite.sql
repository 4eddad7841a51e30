PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE tracks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  album_id INTEGER NOT NULL REFERENCES albums(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  milliseconds INTEGER CHECK (milliseconds > 0)
);
INSERT INTO tracks VALUES(1,1,'Intro; part 1',1000);
CREATE TABLE albums (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  artist TEXT NOT NULL,
  title TEXT NOT NULL,
  UNIQUE (artist, title)
);
CREATE TABLE album_notes (
  album_id INTEGER NOT NULL UNIQUE,
  note TEXT,
  FOREIGN KEY (album_id) REFERENCES albums ON UPDATE NO ACTION ON DELETE SET DEFAULT
);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('tracks',1);
CREATE INDEX idx_tracks_album ON tracks (album_id, title DESC);
CREATE UNIQUE INDEX uq_tracks_title ON tracks (album_id, title) WHERE milliseconds IS NOT NULL;
CREATE TRIGGER tracks_ai AFTER INSERT ON tracks BEGIN
  UPDATE albums SET title = title WHERE id = NEW.album_id;
END;
COMMIT;
