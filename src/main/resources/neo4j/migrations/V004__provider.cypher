// Services of one provider, a page in name order read from the index (like V003__ordered_filters).
CREATE RANGE INDEX service_provider_order IF NOT EXISTS FOR (s:Service) ON (s.provider, s.name, s.id);
