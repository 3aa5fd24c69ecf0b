// The graph contract of DESIGN.md §2: uniqueness of ids, indexes for the filters, full-text search.
// Every statement is idempotent: it runs on every start.
CREATE CONSTRAINT service_id IF NOT EXISTS FOR (s:Service) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT pricing_model_id IF NOT EXISTS FOR (p:PricingModel) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT trait_id IF NOT EXISTS FOR (t:Trait) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE;
CREATE INDEX service_name IF NOT EXISTS FOR (s:Service) ON (s.name);
CREATE INDEX service_kind IF NOT EXISTS FOR (s:Service) ON (s.kind);
CREATE INDEX service_category IF NOT EXISTS FOR (s:Service) ON (s.category);
CREATE INDEX service_serverless IF NOT EXISTS FOR (s:Service) ON (s.serverless);
CREATE INDEX service_time_limit IF NOT EXISTS FOR (s:Service) ON (s.hasTimeLimit, s.timeLimitSeconds);
CREATE INDEX service_time_limit_seconds IF NOT EXISTS FOR (s:Service) ON (s.timeLimitSeconds);
CREATE TEXT INDEX service_name_lower IF NOT EXISTS FOR (s:Service) ON (s.nameLower);
CREATE TEXT INDEX service_lookup IF NOT EXISTS FOR (s:Service) ON (s.lookup);
CREATE INDEX states_target IF NOT EXISTS FOR ()-[st:STATES]-() ON (st.target);
CREATE FULLTEXT INDEX service_text IF NOT EXISTS FOR (s:Service) ON EACH [s.name, s.fullName, s.aliases, s.summary, s.description];
CREATE FULLTEXT INDEX note_text IF NOT EXISTS FOR (n:Note) ON EACH [n.title, n.text];
