// GraphiQL on this service's /graphql (loaded after React, ReactDOM and GraphiQL's browser bundle).
(function () {
  'use strict';

  // Where Spring Security's cookie CSRF protection is on, a change must echo its token in a header.
  function xsrfHeaders() {
    const token = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]+)/);
    return token ? { 'X-XSRF-TOKEN': decodeURIComponent(token[1]) } : {};
  }

  const fetcher = GraphiQL.createFetcher({
    url: new URL('/graphql', window.location.href).toString(),
    fetch: (url, init) => fetch(url, { ...init, headers: { ...init.headers, ...xsrfHeaders() } }),
  });

  const defaultQuery = `# cloudkg: the cloud services graph. Ctrl-Enter runs the query; the book icon (left) documents every field.
# An API key, where the service needs one for changes, goes in Headers below: {"X-API-Key": "..."}

{
  services(where: {serverless: true, hasTimeLimit: false}) {
    nodes { id name timeLimit }
  }
}
`;

  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery,
      defaultEditorToolsVisibility: true,
      // headers may hold an API key: keep them out of the browser's storage
      shouldPersistHeaders: false,
    }),
  );
})();
