// Full-text search over the sentences (and citations) that state facts: the text of STATES relationships.
CREATE FULLTEXT INDEX states_text IF NOT EXISTS FOR ()-[st:STATES]-() ON EACH [st.text];
