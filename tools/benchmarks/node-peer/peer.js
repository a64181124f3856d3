'use strict';
// The Node side of the peer benchmark (io.secplat.bench.PeerRun, docs/PERFORMANCE.md): the official
// JupiterOne client @jupiterone/jupiterone-client-nodejs, pinned in package-lock.json (npm ci).
//
//   node peer.js helper <base url> [j1ql]   its own paging helper, queryV1 (0.21.2: SKIP/LIMIT pages of
//                                           250, deferred, polled every 200 ms; returns every row at once)
//   node peer.js loop <base url> [j1ql]     its HTTP stack (the Apollo client init() builds) in the loop
//                                           queryV1 runs, inline (no deferred polling): pages of 250 by
//                                           SKIP/LIMIT, rows concatenated as queryV1 does
//
// Prints "first-row" when the first row is in hand and "rows <n>" at the end, like PeerFacade.
// 0.21.2 has no base-URL option (api.us.jupiterone.io or api.dev): the endpoint fields its
// constructor sets are pointed at the benchmark server before init().
const JupiterOneClient = require('@jupiterone/jupiterone-client-nodejs'); // its main module exports the class
const { QUERY_V1 } = require('@jupiterone/jupiterone-client-nodejs/dist/queries');

const PAGE = 250; // the client's J1QL_SKIP_COUNT / J1QL_LIMIT_COUNT

async function main() {
  const [mode, baseUrl, j1ql = 'FIND cmdb_host'] = process.argv.slice(2);
  if (!['helper', 'loop'].includes(mode) || !baseUrl) {
    console.error('usage: node peer.js helper|loop <base url> [j1ql]');
    process.exit(2);
  }
  const client = new JupiterOneClient({ account: 'bench', accessToken: 'bench-key' });
  client.apiUrl = baseUrl;
  client.queryEndpoint = baseUrl + '/graphql';
  client.rulesEndpoint = baseUrl + '/rules/graphql';
  await client.init();

  let rows;
  if (mode === 'helper') {
    rows = await client.queryV1(j1ql);
    if (rows.length > 0) {
      process.stdout.write('first-row\n');
    }
  } else {
    rows = [];
    for (let page = 0; ; page++) {
      const res = await client.graphClient.query({
        query: QUERY_V1,
        variables: { query: `${j1ql} SKIP ${page * PAGE} LIMIT ${PAGE}` },
      });
      if (res.errors) {
        throw new Error(`JupiterOne returned error(s) for query: '${j1ql}'`);
      }
      const data = res.data.queryV1.data;
      if (page === 0 && data.length > 0) {
        process.stdout.write('first-row\n');
      }
      rows = rows.concat(data);
      if (data.length < PAGE) {
        break;
      }
    }
  }
  for (const row of rows) {
    if (row.id === undefined) {
      throw new Error('row without id');
    }
  }
  process.stdout.write(`rows ${rows.length}\n`);
}

main().catch((error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
