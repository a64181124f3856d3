// Runs JupiterOne's official Node.js client, exactly as published on npm
// (@jupiterone/jupiterone-client-nodejs, pinned in package-lock.json), against the secplat
// JupiterOne mock on a loopback URL, for every operation of the client that can target one.
//
//   node check.js http://127.0.0.1:<port>
//
// The client has no option for its API host, but keeps it in the public fields apiUrl,
// queryEndpoint and rulesEndpoint, read by init(); they are set before init(). Prints one line
// "ok <operation>" per operation that went through, or "skipped <operation>: <why>"; exits 1 on
// the first failure with what went wrong. Every wait is bounded by the client itself (deferred
// queries time out) and by the caller's process timeout.
'use strict';
const JupiterOneClient = require('@jupiterone/jupiterone-client-nodejs');
const gql = require('graphql-tag');

const base = process.argv[2];
if (!base || !/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) {
  console.error('usage: node check.js http://127.0.0.1:<port>');
  process.exit(2);
}

function client(useRulesEndpoint) {
  const j1 = new JupiterOneClient({ account: 'j1-node-acc', accessToken: 'node-client-key', useRulesEndpoint });
  j1.apiUrl = base;
  j1.queryEndpoint = base + '/graphql';
  j1.rulesEndpoint = base + '/rules/graphql';
  return j1.init();
}

function expect(condition, what) {
  if (!condition) {
    throw new Error('unexpected answer: ' + what);
  }
}

// More Users than two of the client's J1QL pages hold (250 each), so queryV1 must page: two
// full pages and a last one of 20.
const USERS = 520;
const PAGES = Math.floor(USERS / 250) + 1;

/** The mock's provider state (a setup resets the mock to its seed first): USERS User entities. */
async function seedUsers() {
  const answer = await fetch(base + '/_pact/provider-states', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ state: 'the account has ' + USERS + ' users', action: 'setup' }),
  });
  expect(answer.status === 200, 'provider state setup answered ' + answer.status + ': ' + (await answer.text()));
}

async function main() {
  await seedUsers();
  const j1 = await client(false);
  const rules = await client(true);

  // Two mutations issued together: Apollo's batch link posts them as ONE JSON array.
  const [host, app] = await Promise.all([
    j1.createEntity('node-host-1', 'node_host', ['Host', 'Device'], { displayName: 'Node host', cpus: 4 }),
    j1.createEntity('node-app-1', 'node_app', ['Application'], { displayName: 'Node app' }),
  ]);
  expect(host.entity._id && host.vertex.id === host.entity._id, 'createEntity ' + JSON.stringify(host));
  expect(app.entity._id, 'createEntity ' + JSON.stringify(app));
  console.log('ok createEntity (batched)');

  const updated = await j1.updateEntity(host.entity._id, { owner: 'node-team' });
  expect(updated.entity._id === host.entity._id, 'updateEntity ' + JSON.stringify(updated));
  console.log('ok updateEntity');

  const related = await j1.createRelationship('node-app-1|uses|node-host-1', 'node_app_uses_host', 'USES',
    app.entity._id, host.entity._id, { port: 443 });
  expect(related.relationship._id && related.edge.fromVertexId === app.entity._id,
    'createRelationship ' + JSON.stringify(related));
  console.log('ok createRelationship');

  const vertex = await j1.queryGraphQL(gql(
    `query NodeVertex { vertex(id: ${JSON.stringify(host.entity._id)}) { id entity { _id _type _class } properties } }`));
  const entity = vertex.data.vertex.entity;
  expect(Array.isArray(entity._type) && entity._type[0] === 'node_host', 'entity _type as a list ' + JSON.stringify(entity));
  expect(JSON.stringify(entity._class) === '["Host","Device"]', 'entity _class as a list ' + JSON.stringify(entity));
  expect(vertex.data.vertex.properties.owner === 'node-team', 'updated property ' + JSON.stringify(vertex.data.vertex));
  console.log('ok queryGraphQL (vertex: _type and _class are lists)');

  // queryV1 pages with J1QL SKIP/LIMIT 250 in this client version (a page shorter than 250 ends
  // it); each page runs deferred (FORCE): the client polls the state document, then reads the
  // results link. The account holds USERS Users: every one must come back, once, over PAGES pages.
  // The client's own loop has no bound (a server ignoring SKIP would page forever): the pages it
  // asks for are recorded, and one past PAGES fails the check.
  const pages = [];
  const query = j1.graphClient.query.bind(j1.graphClient);
  j1.graphClient.query = (options) => {
    const j1ql = options && options.variables && options.variables.query;
    if (typeof j1ql === 'string' && j1ql.startsWith('FIND User ')) {
      pages.push(j1ql);
      if (pages.length > PAGES) {
        return Promise.reject(new Error('queryV1 asked for more than ' + PAGES + ' pages: ' + JSON.stringify(pages)));
      }
    }
    return query(options);
  };
  let rows;
  try {
    rows = await j1.queryV1('FIND User');
  } finally {
    j1.graphClient.query = query;
  }
  const expectedPages = Array.from({ length: PAGES }, (_, page) => 'FIND User SKIP ' + page * 250 + ' LIMIT 250');
  expect(JSON.stringify(pages) === JSON.stringify(expectedPages), 'queryV1 pages ' + JSON.stringify(pages));
  const keys = new Set(rows.map((row) => row && row.entity && row.entity._key));
  const missing = [];
  for (let i = 1; i <= USERS && missing.length < 5; i++) {
    if (!keys.has('iam-user-' + i)) missing.push('iam-user-' + i);
  }
  expect(Array.isArray(rows) && rows.length === USERS && keys.size === USERS && missing.length === 0
    && rows.every((row) => JSON.stringify(row.entity._class) === '["User"]'),
    'queryV1 FIND User: ' + (Array.isArray(rows) ? rows.length + ' rows, ' + keys.size + ' distinct keys, missing '
      + JSON.stringify(missing) : JSON.stringify(rows)));
  console.log('ok queryV1 (deferred, SKIP/LIMIT 250 paging: ' + rows.length + ' User entities over ' + pages.length
    + ' pages)');

  const question = await j1.createQuestion({
    title: 'Node client question',
    tags: ['node'],
    queries: [{ name: 'hosts', query: 'FIND node_host', version: 'v1', resultsAre: 'INFORMATIVE' }],
  });
  expect(question.id, 'createQuestion ' + JSON.stringify(question));
  console.log('ok createQuestion');
  const changed = await j1.updateQuestion({
    id: question.id,
    title: 'Node client question, changed',
    queries: [{ name: 'hosts', query: 'FIND node_host', version: 'v1' }],
  });
  expect(changed.title === 'Node client question, changed', 'updateQuestion ' + JSON.stringify(changed));
  console.log('ok updateQuestion');
  const deletedQuestion = await j1.deleteQuestion(question.id);
  expect(deletedQuestion.id === question.id, 'deleteQuestion ' + JSON.stringify(deletedQuestion));
  console.log('ok deleteQuestion');

  const instance = {
    name: 'node-unencrypted-hosts',
    description: 'hosts without encryption',
    specVersion: 1,
    pollingInterval: 'ONE_DAY',
    outputs: ['alertLevel'],
    operations: [{ when: { type: 'FILTER', version: 1, condition: ['AND', ['queries.hosts.total', '!=', 0]] },
      actions: [{ type: 'SET_PROPERTY', targetProperty: 'alertLevel', targetValue: 'HIGH' }, { type: 'CREATE_ALERT' }] }],
    question: { queries: [{ name: 'hosts', query: 'FIND node_host WITH encrypted != true', version: 'v1' }] },
  };
  const rule = await rules.mutateAlertRule({ instance }, false);
  expect(rule.id && rule.name === instance.name, 'create alert rule ' + JSON.stringify(rule));
  console.log('ok mutateAlertRule (create)');
  const ruleUpdate = await rules.mutateAlertRule({ instance: { ...instance, id: rule.id, version: 1, pollingInterval: 'ONE_WEEK' } }, true);
  expect(ruleUpdate.version === 2 && ruleUpdate.specVersion === 1 && ruleUpdate.latest === true && ruleUpdate.deleted === false,
    'update alert rule ' + JSON.stringify(ruleUpdate));
  console.log('ok mutateAlertRule (update)');

  const removed = await j1.deleteEntity(app.entity._id, true);
  expect(removed.entity._id === app.entity._id, 'deleteEntity ' + JSON.stringify(removed));
  console.log('ok deleteEntity (hardDelete)');
  console.log('skipped upsertEntityRawData, ingestEntities, ingestCommitRange: not operations of the suite\'s contracts');
}

main().then(() => process.exit(0), (e) => {
  console.error('FAILED: ' + (e && e.stack ? e.stack : e));
  if (e && e.graphQLErrors) console.error(JSON.stringify(e.graphQLErrors));
  if (e && e.networkError) console.error('network: ' + (e.networkError.result ? JSON.stringify(e.networkError.result) : e.networkError));
  process.exit(1);
});
