// The most asked filters, each followed by (name, id): a page of them in name order is read from the
// index in order, not sorted from every match ("serverless with no time limit", "serverless in a category").
CREATE RANGE INDEX service_serverless_limit_order IF NOT EXISTS FOR (s:Service) ON (s.serverless, s.hasTimeLimit, s.name, s.id);
CREATE RANGE INDEX service_category_serverless_order IF NOT EXISTS FOR (s:Service) ON (s.category, s.serverless, s.name, s.id);
CREATE RANGE INDEX service_serverless_order IF NOT EXISTS FOR (s:Service) ON (s.serverless, s.name, s.id);
CREATE RANGE INDEX service_category_order IF NOT EXISTS FOR (s:Service) ON (s.category, s.name, s.id);
CREATE RANGE INDEX service_order IF NOT EXISTS FOR (s:Service) ON (s.name, s.id);
