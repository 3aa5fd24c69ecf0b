// What notes said before (FactHistory): statements retracted by later versions, and every import and delete.
// Neither has relationships, so reads of the current graph never meet them.
// by service and end: an asOf read seeks what was retracted after its time, not a service's whole past
CREATE INDEX past_statement_subject_until IF NOT EXISTS FOR (p:PastStatement) ON (p.subject, p.until);
CREATE INDEX past_statement_target_until IF NOT EXISTS FOR (p:PastStatement) ON (p.target, p.until);
CREATE INDEX past_statement_until IF NOT EXISTS FOR (p:PastStatement) ON (p.until);
CREATE INDEX note_version_note IF NOT EXISTS FOR (v:NoteVersion) ON (v.noteId, v.importedAt);
CREATE INDEX note_version_imported IF NOT EXISTS FOR (v:NoteVersion) ON (v.importedAt);
// Statements first stated after a time: what an asOf read must leave out. Facts files' statements have no since.
CREATE INDEX states_since IF NOT EXISTS FOR ()-[st:STATES]-() ON (st.since);
