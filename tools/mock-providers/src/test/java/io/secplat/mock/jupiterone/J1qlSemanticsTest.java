package io.secplat.mock.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * J1QL semantics on small seeded graphs, one test per construct of JupiterOne's J1QL reference
 * (JupiterOne-Archives/docs:knowledgeBase/jupiterOne-query-language_(J1QL)/jupiterOne-query-language.md
 * and adv-j1ql-tips-and-tricks.md @ 358e8337f66a6d78acfdbc62d6c586c083bcc369). Each test names the
 * section; each expected answer follows from what that section says. The graph's own seed (iam_user
 * Users, a Person) stays, so every query here targets the classes and types seeded below.
 */
class J1qlSemanticsTest {
  static final long NOW = 1_700_000_000_000L;
  static final long DAY = 86_400_000L;

  Graph graph;
  J1qlEngine engine;

  @BeforeEach
  void seed() {
    graph = new Graph();
    engine = new J1qlEngine(graph, () -> NOW);
  }

  GraphEntity entity(String key, String type, String entityClass, Object... properties) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < properties.length; i += 2) {
      map.put((String) properties[i], properties[i + 1]);
    }
    return graph.add(key, type, entityClass, map);
  }

  GraphRelationship relate(GraphEntity from, String verb, GraphEntity to, Object... properties) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < properties.length; i += 2) {
      map.put((String) properties[i], properties[i + 1]);
    }
    return graph.relate(from.key + "|" + verb + "|" + to.key, from.type + "_" + verb.toLowerCase() + "_" + to.type, verb,
        from.id, to.id, map);
  }

  J1qlEngine.Result run(String j1ql) {
    return engine.run(j1ql, null, null, 250, "acc");
  }

  /** The _key of every entity of a list answer, in answer order. */
  List<String> keys(String j1ql) {
    J1qlEngine.Result result = run(j1ql);
    assertThat(result.type()).isEqualTo("list");
    List<String> keys = new ArrayList<>();
    for (Object row : (List<?>) result.data()) {
      keys.add((String) ((Map<?, ?>) ((Map<?, ?>) row).get("entity")).get("_key"));
    }
    return keys;
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> table(String j1ql) {
    J1qlEngine.Result result = run(j1ql);
    assertThat(result.type()).isEqualTo("table");
    return (List<Map<String, Object>>) result.data();
  }

  /** The "fruit" table of "AND/OR" and "Filtering Behavior": one entity per row of the table. */
  void fruits() {
    entity("fruit", "t_food", "Food", "kind", "fruit");
    entity("nut", "t_food", "Food", "kind", "nut-filled");
    entity("both", "t_food", "Food", "kind", List.of("fruit", "nut-filled"));
    entity("non", "t_food", "Food", "kind", "non-fruit");
    entity("plain", "t_food", "Food", "kind", List.of("non-fruit", "plain"));
    entity("none", "t_food", "Food");
  }

  @Test
  void find_aTitleCaseNameIsAClassAndASnakeCaseNameIsAType() {
    entity("h1", "aws_instance", "Host");
    entity("h2", "azure_vm", "Host");
    assertThat(keys("FIND Host")).containsExactly("h1", "h2");
    assertThat(keys("FIND aws_instance")).containsExactly("h1");
    assertThat(keys("find * with _class='Host'")).containsExactly("h1", "h2");
  }

  @Test
  void thatWithPipes_aUnionOfClassesAndTypesFindsEither() {
    entity("h1", "aws_instance", "Host");
    entity("d1", "t_device", "Device");
    entity("b1", "aws_s3_bucket", "DataStore");
    assertThat(keys("FIND (Host|Device)")).containsExactly("h1", "d1");
    assertThat(keys("FIND (Device|aws_s3_bucket)")).containsExactly("d1", "b1");
  }

  @Test
  void smartClasses_criticalAssetAndTagDerivedClasses() {
    entity("app", "t_app", "Application", "tag.Production", true, "classification", "critical");
    entity("app2", "t_app", "Application", "tag.Production", true, "classification", "internal");
    entity("tagged", "t_thing", "Thing", "tags", List.of("CriticalAsset"));
    entity("prodApp", "t_app", "Application", "tags", List.of("Production"));
    assertThat(keys("FIND #CriticalAsset")).containsExactly("app", "tagged");
    assertThat(keys("FIND #Production Application")).containsExactly("app", "app2", "prodApp");
  }

  @Test
  void andOr_shorthandEqualityFollowsTheReferenceTruthTable() {
    fruits();
    assertThat(keys("FIND Food WITH kind = 'fruit'")).containsExactly("fruit", "both");
    assertThat(keys("FIND Food WITH kind = ('fruit' AND 'nut-filled')")).containsExactly("both");
    assertThat(keys("FIND Food WITH kind = ('fruit' OR 'nut-filled')")).containsExactly("fruit", "nut", "both");
  }

  @Test
  void andOr_negatedShorthandFollowsTheReferenceTruthTable() {
    fruits();
    assertThat(keys("FIND Food WITH kind != 'fruit'")).containsExactly("nut", "non", "plain", "none");
    assertThat(keys("FIND Food WITH kind != ('fruit' AND 'nut-filled')"))
        .containsExactly("fruit", "nut", "non", "plain", "none");
    assertThat(keys("FIND Food WITH kind != ('fruit' OR 'nut-filled')")).containsExactly("non", "plain", "none");
  }

  @Test
  void andOr_andBindsTighterThanOrAndParenthesesFirst() {
    entity("a", "t_x", "X", "p", 1, "q", 1, "r", 0);
    entity("b", "t_x", "X", "p", 0, "q", 0, "r", 1);
    entity("c", "t_x", "X", "p", 1, "q", 0, "r", 0);
    assertThat(keys("FIND X WITH p = 1 AND q = 1 OR r = 1")).containsExactly("a", "b");
    assertThat(keys("FIND X WITH p = 1 AND (q = 1 OR r = 1)")).containsExactly("a");
    assertThat(keys("FIND X WITH NOT p = 1")).containsExactly("b");
  }

  @Test
  void stringComparisons_containsStartsEndsAndTheirNegationsOnStringsAndLists() {
    entity("j", "t_person", "Human", "firstName", "Jane", "email", List.of("jane@a.com", "j@b.org"));
    entity("m", "t_person", "Human", "firstName", "Mark", "email", "mark@c.net");
    entity("n", "t_person", "Human");
    assertThat(keys("Find Human with firstName^='J'")).containsExactly("j");
    assertThat(keys("Find Human with email~='.org'")).containsExactly("j");
    assertThat(keys("Find Human with email$='.net'")).containsExactly("m");
    assertThat(keys("Find Human with firstName!^='J'")).containsExactly("m", "n");
    assertThat(keys("Find Human with email!~='.org'")).containsExactly("m", "n");
    assertThat(keys("Find Human with email!$='.net'")).containsExactly("j", "n");
    assertThat(keys("Find Human with firstName~='j'")).isEmpty(); // case-sensitive
  }

  @Test
  void stringComparisons_aScalarFilterMatchesAListValuedPropertyWhenAnyElementMatches() {
    entity("j", "t_person", "Human", "email", List.of("a@b.com", "x@y.com"));
    entity("k", "t_person", "Human", "email", "a@b.com");
    assertThat(keys("Find Human with email='a@b.com'")).containsExactly("j", "k");
  }

  @Test
  void with_numbersCompareByValueWithLessAndGreater() {
    entity("a", "t_pol", "Policy", "minLength", 6);
    entity("b", "t_pol", "Policy", "minLength", 8);
    entity("c", "t_pol", "Policy", "minLength", 12.5);
    assertThat(keys("FIND Policy WITH minLength < 8")).containsExactly("a");
    assertThat(keys("FIND Policy WITH minLength <= 8")).containsExactly("a", "b");
    assertThat(keys("FIND Policy WITH minLength > 8")).containsExactly("c");
    assertThat(keys("FIND Policy WITH minLength >= 8.0")).containsExactly("b", "c");
    assertThat(keys("FIND Policy WITH minLength = 8")).containsExactly("b");
  }

  @Test
  void with_undefinedIsTheAbsenceOfAPropertyAndNotEqualsHoldsForIt() {
    entity("e", "t_ds", "Store", "encrypted", true);
    entity("f", "t_ds", "Store", "encrypted", false);
    entity("u", "t_ds", "Store");
    assertThat(keys("FIND Store with encrypted=undefined")).containsExactly("u");
    assertThat(keys("FIND Store with encrypted!=undefined")).containsExactly("e", "f");
    assertThat(keys("FIND Store with encrypted!=true")).containsExactly("f", "u");
  }

  @Test
  void with_bracketedPropertyNamesHoldSpecialCharacters() {
    entity("s", "t_x", "X", "tag.special-name", "something");
    entity("o", "t_x", "X", "tag.special-name", "other");
    assertThat(keys("FIND X WITH [tag.special-name]='something'")).containsExactly("s");
  }

  @Test
  void dateComparisons_relativeAndStaticDates() {
    entity("old", "t_cert", "Certificate", "expiresOn", NOW - 40 * DAY);
    entity("soon", "t_cert", "Certificate", "expiresOn", NOW + 10 * DAY);
    entity("later", "t_cert", "Certificate", "expiresOn", NOW + 90 * DAY);
    assertThat(keys("Find Certificate with expiresOn < date.now + 30days and expiresOn > date.now"))
        .containsExactly("soon");
    assertThat(keys("Find Certificate with expiresOn > date.now - 24 hours")).containsExactly("soon", "later");
    assertThat(keys("Find Certificate with expiresOn > date.now - 2 months")).containsExactly("old", "soon", "later");
    assertThat(keys("Find Certificate with expiresOn < date(2023-11-14T22:13:20Z)")).containsExactly("old");
    assertThat(keys("Find Certificate with expiresOn > date(2024)")).containsExactly("later");
  }

  @Test
  void as_anAliasStandsBeforeOrAfterWith() {
    entity("a", "t_x", "X", "p", 1);
    entity("b", "t_x", "X", "p", 2);
    assertThat(table("FIND X WITH p = 1 AS x RETURN x._key")).containsExactly(Map.of("x._key", "a"));
    assertThat(table("FIND X AS x WITH p = 2 RETURN x._key")).containsExactly(Map.of("x._key", "b"));
  }

  /** User u1 HAS Device d1; u2 has nothing; Device d2 HAS User u3 (the arrow the other way). */
  void usersAndDevices() {
    GraphEntity u1 = entity("u1", "t_user", "Account");
    entity("u2", "t_user", "Account");
    GraphEntity u3 = entity("u3", "t_user", "Account");
    GraphEntity d1 = entity("d1", "t_device", "Device");
    GraphEntity d2 = entity("d2", "t_device", "Device");
    relate(u1, "HAS", d1);
    relate(d2, "HAS", u3);
  }

  @Test
  void that_verbsAreBidirectionalAndCaseInsensitive() {
    usersAndDevices();
    assertThat(keys("FIND Account THAT HAS Device")).containsExactly("u1", "u3");
    assertThat(keys("FIND Device that has Account")).containsExactly("d1", "d2");
  }

  @Test
  void relationshipDirection_arrowsFollowTheEdgeDirection() {
    usersAndDevices();
    assertThat(keys("FIND Account THAT HAS >> Device")).containsExactly("u1");
    assertThat(keys("FIND Account THAT HAS << Device")).containsExactly("u3");
  }

  @Test
  void negatingRelationships_findsEntitiesWithoutSuchARelationship() {
    usersAndDevices();
    assertThat(keys("FIND Account THAT !HAS Device")).containsExactly("u2");
    assertThat(keys("FIND Account THAT !RELATES TO Device")).containsExactly("u2");
  }

  @Test
  void that_relatesToIsAnyVerbAndPipesJoinVerbs() {
    GraphEntity agent = entity("agent", "t_agent", "HostAgent");
    GraphEntity h1 = entity("h1", "t_host", "Host");
    GraphEntity h2 = entity("h2", "t_host", "Host");
    entity("h3", "t_host", "Host");
    relate(agent, "MONITORS", h1);
    relate(agent, "PROTECTS", h2);
    assertThat(keys("FIND Host THAT RELATES TO HostAgent")).containsExactly("h1", "h2");
    assertThat(keys("FIND Host THAT (MONITORS|PROTECTS) HostAgent")).containsExactly("h1", "h2");
    assertThat(keys("FIND Host THAT PROTECTS HostAgent")).containsExactly("h2");
    assertThat(keys("FIND HostAgent THAT CONTRIBUTES TO Host")).isEmpty();
  }

  @Test
  void where_filtersRelationshipsByAliasAndByUnaliasedVerbAfterTraversal() {
    GraphEntity training = entity("training", "t_training", "Training");
    GraphEntity done = entity("done", "t_user", "Account");
    GraphEntity todo = entity("todo", "t_user", "Account");
    relate(training, "ASSIGNED", done, "completedOn", NOW);
    relate(training, "ASSIGNED", todo);
    assertThat(table("Find Training that ASSIGNED Account as u WHERE ASSIGNED.completedOn = undefined RETURN u._key"))
        .containsExactly(Map.of("u._key", "todo"));
    assertThat(table("Find Training that ASSIGNED as a Account as u WHERE a.completedOn != undefined RETURN u._key"))
        .containsExactly(Map.of("u._key", "done"));
  }

  @Test
  void where_comparesPropertiesAcrossAliases() {
    GraphEntity u1 = entity("u1", "t_user", "Account", "name", "ann");
    GraphEntity g = entity("g", "t_group", "Group");
    GraphEntity u2 = entity("u2", "t_user", "Account", "name", "ann");
    GraphEntity u3 = entity("u3", "t_user", "Account", "name", "bob");
    relate(u1, "HAS", g);
    relate(g, "HAS", u2);
    relate(g, "HAS", u3);
    assertThat(table("Find Account as a that HAS Group that HAS Account as b WHERE a.name = b.name RETURN a._key, b._key"))
        .containsExactly(Map.of("a._key", "u1", "b._key", "u2"), Map.of("a._key", "u2", "b._key", "u1"));
  }

  @Test
  void withVsWhere_withFiltersBeforeTheTraversal() {
    GraphEntity a = entity("a", "t_user", "Account", "name", "john");
    GraphEntity b = entity("b", "t_user", "Account", "name", "jane");
    GraphEntity g = entity("g", "t_group", "Group", "name", "admins");
    relate(a, "HAS", g);
    relate(b, "HAS", g);
    assertThat(keys("Find Account with name~='john' that HAS Group")).containsExactly("a");
    assertThat(keys("Find Account as u that HAS Group where u.name~='john'")).containsExactly("a");
    assertThat(keys("Find Account that HAS Group with name='users'")).isEmpty();
  }

  @Test
  void that_multiStepTraversalsBindEveryHop() {
    GraphEntity user = entity("user", "t_user", "Account");
    GraphEntity group = entity("group", "t_group", "Group");
    GraphEntity role = entity("role", "t_role", "Role");
    GraphEntity account = entity("acct", "t_acct", "Cloud");
    relate(user, "HAS", group);
    relate(group, "ASSIGNED", role);
    relate(role, "TRUSTS", account);
    assertThat(table("Find Account as u that HAS Group that ASSIGNED Role that (ALLOWS|TRUSTS) Cloud as c RETURN u._key, c._key"))
        .containsExactly(Map.of("u._key", "user", "c._key", "acct"));
  }

  @Test
  void optionalTraversals_combineTheEntityBeforeWithTheEntitiesReached() {
    GraphEntity u1 = entity("u1", "t_user", "Account");
    entity("u2", "t_user", "Account");
    GraphEntity p1 = entity("p1", "t_person", "Human", "email", "test@jupiterone.com");
    GraphEntity d1 = entity("d1", "t_device", "Device");
    relate(u1, "IS", p1);
    relate(p1, "OWNS", d1);
    assertThat(keys("Find Account (that IS Human)?")).containsExactlyInAnyOrder("u1", "p1", "u2");
    assertThat(table("Find Account (that IS Human)? as who that OWNS Device RETURN who._key, Device._key"))
        .containsExactly(Map.of("who._key", "p1", "Device._key", "d1"));
  }

  @Test
  void return_projectionsWithColumnAliasesWholeSelectorsAndWildcards() {
    GraphEntity u = entity("u", "t_user", "Account", "username", "spiderman");
    GraphEntity p = entity("p", "t_person", "Human", "firstName", "Peter", "special-name", "Spidey");
    relate(u, "IS", p);
    assertThat(table("FIND Account AS u THAT IS Human AS p RETURN u.username, p.firstName AS first, p.[special-name]"))
        .containsExactly(Map.of("u.username", "spiderman", "first", "Peter", "p.special-name", "Spidey"));
    Map<String, Object> wildcard = table("FIND Account AS u THAT IS Human AS p RETURN u.*").get(0);
    assertThat(wildcard).containsEntry("u._key", "u").containsEntry("u._class", "Account")
        .containsEntry("u.username", "spiderman");
    Map<String, Object> whole = table("FIND Account AS u THAT IS Human AS p RETURN p").get(0);
    assertThat(((Map<?, ?>) ((Map<?, ?>) whole.get("p")).get("entity")).get("_key")).isEqualTo("p");
  }

  @Test
  void aggregations_groupedByTheOtherColumnsCountingDistinctValues() {
    GraphEntity t1 = entity("t1", "bitbucket_team", "Team", "name", "team1", "lead", "alice");
    GraphEntity t2 = entity("t2", "bitbucket_team", "Team", "name", "team2", "lead", "bob");
    entity("t3", "bitbucket_team", "Team", "name", "team3", "lead", "alice");
    for (int i = 1; i <= 3; i++) {
      relate(t1, "HAS", entity("m" + i, "bitbucket_user", "Member", "age", 20 + i));
    }
    relate(t2, "HAS", entity("m9", "bitbucket_user", "Member", "age", 50));
    assertThat(table("find bitbucket_team as team return count(team.lead)")).containsExactly(Map.of("count(team.lead)", 2L));
    assertThat(table("find bitbucket_team as team that relates to bitbucket_user as user return team.name, count(user)"))
        .containsExactly(Map.of("team.name", "team1", "count(user)", 3L), Map.of("team.name", "team2", "count(user)", 1L));
    assertThat(table("find bitbucket_team as team that has bitbucket_user as user "
        + "return min(user.age), max(user.age), sum(user.age), avg(user.age)"))
        .containsExactly(Map.of("min(user.age)", 21, "max(user.age)", 50, "sum(user.age)", 116L, "avg(user.age)", 29L));
  }

  @Test
  void unique_dropsDuplicateRows() {
    GraphEntity u = entity("u", "t_user", "Account", "username", "spiderman");
    GraphEntity p = entity("p", "t_person", "Human", "firstName", "Peter");
    relate(u, "IS", p);
    graph.relate("u|is2|p", "t_user_is2_t_person", "IS", u.id, p.id, Map.of());
    assertThat(table("FIND Account AS u THAT IS Human AS p RETURN u.username, p.firstName")).hasSize(2);
    assertThat(table("FIND UNIQUE Account AS u THAT IS Human AS p RETURN u.username, p.firstName"))
        .containsExactly(Map.of("u.username", "spiderman", "p.firstName", "Peter"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void returnTree_answersTheVerticesAndEdgesOfEveryMatchingPath() {
    GraphEntity fw = entity("fw", "t_fw", "Firewall");
    GraphEntity h = entity("h", "t_host", "Host", "public", true);
    entity("h2", "t_host", "Host", "public", false);
    GraphRelationship r = relate(fw, "PROTECTS", h);
    J1qlEngine.Result result = run("Find Firewall that PROTECTS Host with public = true RETURN tree");
    assertThat(result.type()).isEqualTo("tree");
    assertThat(result.cursor()).isNull();
    Map<String, List<Map<String, Object>>> tree = (Map<String, List<Map<String, Object>>>) result.data();
    assertThat(tree.get("vertices")).extracting(v -> v.get("id")).containsExactly(fw.id, h.id);
    assertThat(tree.get("edges")).extracting(e -> e.get("id")).containsExactly(r.id);
    assertThat(tree.get("edges").get(0)).containsEntry("fromVertexId", fw.id).containsEntry("toVertexId", h.id);
  }

  @Test
  void sortingAndPagination_orderBySkipAndLimit() {
    for (String name : List.of("d", "b", "e", "a", "c")) {
      entity("u-" + name, "t_user", "Account", "username", name);
    }
    entity("m", "t_user", "Account", "username", "m", "manager", "x");
    assertThat(table("FIND Account WITH manager = undefined as u RETURN u.username ORDER BY u.username SKIP 1 LIMIT 3"))
        .extracting(r -> r.get("u.username")).containsExactly("b", "c", "d");
    assertThat(keys("FIND Account as u ORDER BY u.username DESC LIMIT 2")).containsExactly("m", "u-e");
    assertThat(keys("FIND Account SKIP 4 LIMIT 250")).containsExactly("u-c", "m");
  }

  @Test
  void commenting_commentsAreIgnoredAnywhere() {
    entity("elb", "aws_security_group", "Firewall", "displayName", "my-elb-sg");
    entity("fn", "aws_security_group", "Firewall", "displayName", "lambda-sg");
    entity("x", "aws_security_group", "Firewall", "displayName", "other");
    assertThat(keys("FIND aws_security_group WITH displayName ~='elb' /*ELB*/ OR /* and */ displayName ~='lambda'"))
        .containsExactly("elb", "fn");
  }

  @Test
  void fullTextSearch_findsTheTermInAnyPropertyWithOrWithoutFind() {
    entity("h", "t_host", "Host", "ipAddress", "127.0.0.1");
    entity("n", "t_net", "Network", "cidr", List.of("127.0.0.1/32"));
    entity("o", "t_host", "Host", "ipAddress", "10.0.0.1");
    assertThat(keys("Find \"127.0.0.1\"")).containsExactly("h", "n");
    assertThat(keys("'127.0.0.1'")).containsExactly("h", "n");
    assertThat(keys("Find \"127.0.0.1\" with _class='Host'")).containsExactly("h");
  }

  @Test
  void mathAndScalarFunctions_computeRowValues() {
    entity("r", "t_risk", "Risk", "impact", 2, "probability", 3, "backupSizeBytes", 5000);
    assertThat(table("FIND Risk as r RETURN r.probability ^ 2 as sq, ABS(r.impact - 5) / r.probability as x, "
        + "sqrt(16) as s, ceil(2.1) as c, floor(2.9) as f, round(2.5) as rd, "
        + "concat(coalesce(r.none, r.backupSizeBytes, 0) / 1000, 'kb') as size, merge(r.impact, r.probability) as m"))
        .containsExactly(Map.of("sq", 9L, "x", 1L, "s", 4L, "c", 3L, "f", 2L, "rd", 3L, "size", "5kb", "m", List.of(2, 3)));
  }

  @Test
  void parameters_valuesComeFromTheQueryVariables() {
    entity("p", "employee_x", "Human", "name", "Mochi");
    J1qlEngine.Result result = engine.run("find Human with _type=${type} return Human.name", Map.of("type", "employee_x"),
        null, 250, "acc");
    assertThat(result.data()).isEqualTo(List.of(Map.of("Human.name", "Mochi")));
  }

  @Test
  void cursors_resumeWhereThePreviousPageEndedForListsAndTables() {
    GraphEntity hub = entity("hub", "t_hub", "Hub");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      GraphEntity leaf = entity("leaf" + i, "t_leaf", "Leaf");
      relate(hub, "HAS", leaf);
      relate(leaf, "HAS", entity("x" + i, "t_x", "X"));
      expected.add("leaf" + i);
    }
    List<Object> rows = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      J1qlEngine.Result page = engine.run("FIND Hub as h THAT HAS Leaf as l THAT HAS X RETURN l._key", null, cursor, 3, "a");
      rows.addAll((List<?>) page.data());
      cursor = page.cursor();
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(pages).isEqualTo(3);
    List<Object> keys = new ArrayList<>();
    rows.forEach(r -> keys.add(((Map<?, ?>) r).get("l._key")));
    assertThat(keys).isEqualTo(new ArrayList<Object>(expected));
  }

  @Test
  void writes_areQueryableAtOnceAfterAddUpdateAndRemove() {
    GraphEntity h = entity("h", "t_host", "Host", "env", "dev");
    assertThat(keys("FIND Host WITH env = 'prod'")).isEmpty();
    h.properties.put("env", "prod");
    assertThat(keys("FIND Host WITH env = 'prod'")).containsExactly("h");
    graph.removeEntity(h.id);
    assertThat(keys("FIND Host WITH env = 'prod'")).isEmpty();
  }

  @Test
  void errors_aSyntaxErrorNamesThePositionAndWhatWasExpected() {
    assertThatThrownBy(() -> run("FIND Host THAT"))
        .isInstanceOf(J1qlException.class)
        .hasMessage("J1QL syntax error at line 1, column 15: unexpected end of query; expected one of a name, '!' or '('");
  }

  @Test
  void errors_validJ1qlTheMockDoesNotEvaluateIsSaidPlainly() {
    assertThatThrownBy(() -> run("FIND Host WITH name = {{hostName}}"))
        .isInstanceOf(J1qlException.class)
        .hasMessageStartingWith("not supported by the mock: variable placeholders such as {{hostName}}");
    assertThatThrownBy(() -> run("FIND Application WITH loginUrl = ${ param.loginUrl }"))
        .hasMessageStartingWith("not supported by the mock: server-side parameters");
    assertThatThrownBy(() -> run("FIND Host as h RETURN upper(h.name)"))
        .hasMessage("not supported by the mock: the function upper()");
  }
}
