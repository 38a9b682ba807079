// The GovGraph explorer: a client of the public GraphQL API (/graphql) and nothing else, so it shows the embedded
// store and Neo4j alike. It doubles as the reference client for visualizations: every query it sends is in `Q`
// below, and `window.govgraph` exposes the two cytoscape instances to anyone scripting the page.
import cytoscape from '/explorer/cytoscape.esm.min.js';

const NODE_TYPES = {
  Agency: { zh: '机构', color: '#2f6fb0', shape: 'round-rectangle' },
  Law: { zh: '文件', color: '#2e8b57', shape: 'rectangle' },
  Task: { zh: '任务', color: '#e08a1e', shape: 'ellipse' },
  Target: { zh: '目标', color: '#d81b60', shape: 'diamond' },
  Township: { zh: '乡镇', color: '#16a2a2', shape: 'hexagon' },
  Region: { zh: '地区', color: '#7f8c8d', shape: 'octagon' },
};

// LEADS and COOPERATES differ in colour, width and dash, so they stay apart in a grey-scale print too.
const EDGE_TYPES = {
  LEADS: { zh: '牵头', color: '#c62828', style: 'solid', width: 3, arrow: 'triangle' },
  COOPERATES: { zh: '配合', color: '#1e88e5', style: 'dashed', width: 1.5, arrow: 'triangle' },
  CITES: { zh: '引用', color: '#546e7a', style: 'solid', width: 1.5, arrow: 'triangle' },
  SUPERSEDES: { zh: '废止/替代', color: '#8e24aa', style: 'solid', width: 3, arrow: 'tee' },
  PUBLISHES: { zh: '印发', color: '#2e7d32', style: 'solid', width: 2, arrow: 'triangle' },
  ISSUED_BY: { zh: '发文机关', color: '#8d6e63', style: 'dotted', width: 1.5, arrow: 'triangle' },
  PART_OF: { zh: '属于', color: '#9e9e9e', style: 'dotted', width: 1.5, arrow: 'triangle' },
  HAS_TARGET: { zh: '设定目标', color: '#f06292', style: 'dotted', width: 1.5, arrow: 'triangle' },
  IN: { zh: '位于', color: '#bdbdbd', style: 'dotted', width: 1, arrow: 'triangle' },
};

const PROPERTY_NAMES = {
  name: '名称', title: '标题', docNumber: '发文字号', issuer: '发文机关', date: '日期', kind: '类型', level: '层级',
  loaded: '全文已载入', jurisdiction: '所属', aliases: '别名', collective: '集合称谓', section: '条目', text: '原文',
  deadline: '期限', metric: '指标', value: '数值', unit: '单位', comparator: '比较', county: '县', parent: '上级',
  role: '角色', surface: '原文写法', recipients: '主送', key: '标识',
};

const LEVEL_ROWS = ['national', 'provincial', 'municipal', 'county', 'township'];
const LEVEL_NAMES = { national: '国家', provincial: '省', municipal: '市', county: '县', township: '乡镇' };
const MAX_GRAPH_NODES = 600;
const LABELS = Object.keys(NODE_TYPES);

const SOURCE = 'file line quote';
const NAMES = LABELS.map(l => `... on ${l} { name }`).join(' ');
const SUBGRAPH = `nodes { id label name properties source { ${SOURCE} } }
  edges { id type from to properties source { ${SOURCE} } mentions { ${SOURCE} } }`;
const DETAILS = `name properties mentions { ${SOURCE} }
  relations(first: 100) { id type direction role surface source { ${SOURCE} } node { __typename id ${NAMES} } }`;

const Q = {
  search: `query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      __typename id ${LABELS.map(l => `... on ${l} { name properties }`).join(' ')}
      ... on Task { law { title } }
    }
  }`,
  neighborhood: `query Neighborhood($id: ID!, $depth: Int, $edgeTypes: [String!]) {
    neighborhood(id: $id, depth: $depth, edgeTypes: $edgeTypes) { ${SUBGRAPH} }
  }`,
  node: `query Node($id: ID!) { node(id: $id) { __typename id ${LABELS.map(l => `... on ${l} { ${DETAILS} }`).join(' ')} } }`,
  // A notice that issues a plan (印发《X》的通知) is one document with it for citation purposes: the plan cites the
  // national rules and the notice is what others cite, so the trail crosses PUBLISHES at its start.
  trail: `query Trail($id: ID!, $direction: TrailDirection, $depth: Int, $publishes: EdgeDirection) {
    citationTrail(lawId: $id, direction: $direction, depth: $depth) { ${SUBGRAPH} }
    node(id: $id) {
      ... on Law { relations(types: ["PUBLISHES"], direction: $publishes) { id type direction properties source { ${SOURCE} } mentions { ${SOURCE} } node { id } } }
    }
  }`,
  trailOnly: `query TrailOnly($id: ID!, $direction: TrailDirection, $depth: Int) {
    citationTrail(lawId: $id, direction: $direction, depth: $depth) { ${SUBGRAPH} }
  }`,
  leaderboard: `query Leaderboard($county: String, $year: Int, $first: Int) {
    leaderboard(county: $county, year: $year, first: $first) { tasks agency { id name jurisdiction } }
  }`,
  counties: `query Counties { regions(level: "county", first: 100) { nodes { name } } }`,
};

class GraphQLError extends Error {}

async function gql(query, variables) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new GraphQLError(`无法连接服务器：${e.message}`);
  }
  const body = await response.json().catch(() => null);
  if (!body) throw new GraphQLError(`服务器返回 ${response.status}，不是 JSON`);
  if (body.errors?.length) throw new GraphQLError(body.errors.map(e => e.message).join('；'));
  return body.data;
}

// A small element builder: data goes in as text nodes, never as HTML.
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  return append(el, children);
}

function append(el, children) {
  for (const c of children.flat(Infinity)) if (c !== undefined && c !== null && c !== false && c !== '') el.append(c instanceof Node ? c : String(c));
  return el;
}

// Replaces an element's children; arrays are spread and empty values skipped, as in `h`.
function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

const $ = sel => document.querySelector(sel);
const short = (text, n = 16) => (text.length > n ? text.slice(0, n - 1) + '…' : text);
const typeName = label => NODE_TYPES[label]?.zh ?? label;
const edgeName = type => EDGE_TYPES[type]?.zh ?? type;
const swatch = label => h('span', { class: 'swatch', style: `background:${NODE_TYPES[label]?.color ?? '#999'}` });
const edgeSwatch = type => {
  const t = EDGE_TYPES[type] ?? { color: '#bbb', style: 'solid', width: 1.5 };
  return h('span', { class: 'edge-swatch', style: `border-top:${Math.max(2, t.width)}px ${t.style} ${t.color}` });
};

function status(message, kind = 'info') {
  const el = $('#status');
  el.textContent = message;
  el.dataset.kind = kind;
}

async function guarded(view, work) {
  const section = view ? $(`#view-${view}`) : null;
  if (section) section.dataset.state = 'loading';
  try {
    await work();
    if (section) {
      section.dataset.state = 'ready';
      section.dataset.loads = String(Number(section.dataset.loads ?? 0) + 1);
    }
    updateExportButtons();
  } catch (e) {
    if (section) section.dataset.state = 'error';
    status(e instanceof GraphQLError ? `查询失败：${e.message}` : `出错了：${e.message}`, 'error');
  }
}


function cyStyle() {
  const style = [
    {
      selector: 'node',
      style: {
        label: 'data(short)', 'font-size': 10, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'wrap', 'text-max-width': 120, 'min-zoomed-font-size': 7, width: 22, height: 22,
        'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
        'background-color': '#999', 'border-width': 1, 'border-color': '#fff',
      },
    },
    { selector: 'node.root', style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#111', 'font-weight': 'bold' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#455a64' } },
    {
      selector: 'edge',
      style: { width: 1.5, 'curve-style': 'bezier', 'arrow-scale': 0.9, 'line-color': '#bbb', 'target-arrow-color': '#bbb', 'target-arrow-shape': 'triangle' },
    },
    { selector: ':selected', style: { 'overlay-color': '#fbc02d', 'overlay-opacity': 0.5, 'overlay-padding': 6 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
  for (const [label, t] of Object.entries(NODE_TYPES))
    style.splice(2, 0, { selector: `node[label = "${label}"]`, style: { 'background-color': t.color, shape: t.shape } });
  for (const [type, t] of Object.entries(EDGE_TYPES))
    style.splice(-2, 0, {
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': t.color, 'target-arrow-color': t.color, 'line-style': t.style, width: t.width, 'target-arrow-shape': t.arrow },
    });
  return style;
}

function makeCy(container) {
  const cy = cytoscape({ container, style: cyStyle(), minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single' });
  cy.on('tap', 'node', e => onNodeTap(cy, e.target));
  cy.on('tap', 'edge', e => selectElement(cy, e.target));
  cy.on('tap', e => { if (e.target === cy) cy.elements().unselect(); });
  return cy;
}

function nodeData(n) {
  return { id: n.id, label: n.label, name: n.name, short: short(n.name), properties: n.properties ?? {}, source: n.source ?? null };
}

function edgeData(e) {
  return { id: e.id, source: e.from, target: e.to, type: e.type, properties: e.properties ?? {}, provenance: e.source ?? null, mentions: e.mentions ?? [] };
}

// Adds what is new in a subgraph, placing new nodes in a ring around `anchorId` so the next layout starts from the
// reader's current picture instead of a random one.
function merge(cy, subgraph, anchorId) {
  const fresh = subgraph.nodes.filter(n => cy.getElementById(n.id).empty());
  const anchor = cy.getElementById(anchorId);
  const center = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const radius = 60 + 6 * fresh.length;
  const added = cy.add(fresh.map((n, i) => ({
    group: 'nodes',
    data: nodeData(n),
    position: n.id === anchorId && anchor.empty() ? center : {
      x: center.x + radius * Math.cos((2 * Math.PI * i) / Math.max(1, fresh.length)),
      y: center.y + radius * Math.sin((2 * Math.PI * i) / Math.max(1, fresh.length)),
    },
  })));
  const edges = subgraph.edges.filter(e => cy.getElementById(e.id).empty()
    && cy.getElementById(e.from).nonempty() && cy.getElementById(e.to).nonempty());
  cy.add(edges.map(e => ({ group: 'edges', data: edgeData(e) })));
  return { nodes: added.length, edges: edges.length };
}

function runLayout(cy, name, rootId) {
  const eles = cy.elements(':visible');
  if (eles.empty()) return Promise.resolve();
  const big = eles.nodes().length > 250;
  const options = {
    // Strong repulsion and strong gravity keep a few hundred nodes apart yet in one disc; labels hide below a legible
    // size (min-zoomed-font-size) and come back as the reader zooms in.
    cose: {
      name: 'cose', animate: false, randomize: false, fit: true, padding: 30, componentSpacing: 80,
      nodeRepulsion: () => 400000, idealEdgeLength: () => 100, edgeElasticity: () => 100, gravity: 80,
      numIter: big ? 400 : 1000, nodeOverlap: 20,
    },
    breadthfirst: { name: 'breadthfirst', animate: false, fit: true, padding: 30, spacingFactor: 1.1, roots: rootId ? `#${CSS.escape(rootId)}` : undefined },
    concentric: { name: 'concentric', animate: false, fit: true, padding: 30, minNodeSpacing: 12, concentric: n => (n.id() === rootId ? 1e6 : n.degree()), levelWidth: () => 3 },
  }[name] ?? { name };
  const layout = eles.layout(options);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  return done;
}


const graphCy = makeCy($('#graph'));
let graphRootId = null;

function checked(fieldset) {
  return [...$(fieldset).querySelectorAll('input:checked')].map(i => i.value);
}

function edgeTypesToFollow() {
  const types = checked('#edge-filters');
  return types.length === Object.keys(EDGE_TYPES).length ? null : types;
}

function applyFilters() {
  const labels = new Set(checked('#node-filters'));
  const types = new Set(checked('#edge-filters'));
  graphCy.batch(() => {
    graphCy.nodes().forEach(n => n.toggleClass('filtered', !labels.has(n.data('label'))));
    graphCy.edges().forEach(e => e.toggleClass('filtered', !types.has(e.data('type'))));
  });
  updateExportButtons();
}

async function expand(id) {
  const data = await gql(Q.neighborhood, { id, depth: Number($('#graph-depth').value), edgeTypes: edgeTypesToFollow() });
  const sub = data.neighborhood;
  const fresh = sub.nodes.filter(n => graphCy.getElementById(n.id).empty()).length;
  if (graphCy.nodes().length + fresh > MAX_GRAPH_NODES) {
    status(`展开后将有 ${graphCy.nodes().length + fresh} 个节点，超过 ${MAX_GRAPH_NODES} 的上限；请减少层数、取消一些关系类型，或先清空。`, 'error');
    return null;
  }
  const added = merge(graphCy, sub, id);
  graphCy.getElementById(id).addClass('expanded');
  applyFilters();
  await runLayout(graphCy, $('#graph-layout').value, graphRootId);
  return added;
}

async function openNode(id) {
  showView('graph');
  await guarded('graph', async () => {
    graphCy.elements().remove();
    graphRootId = id;
    const added = await expand(id);
    if (!added) return;
    const root = graphCy.getElementById(id);
    if (root.empty()) throw new GraphQLError(`没有找到节点 ${id}`);
    root.addClass('root');
    selectElement(graphCy, root);
    history.replaceState(null, '', `#node=${encodeURIComponent(id)}`);
    status(`${root.data('name')}：${graphCy.nodes().length} 个节点，${graphCy.edges().length} 条关系。点节点继续展开。`);
  });
}

async function onNodeTap(cy, node) {
  selectElement(cy, node);
  if (cy !== graphCy || node.hasClass('expanded')) return;
  await guarded('graph', async () => {
    const added = await expand(node.id());
    if (added) status(`展开“${short(node.data('name'), 24)}”：新增 ${added.nodes} 个节点、${added.edges} 条关系。`);
  });
}


let detailsToken = 0;

function selectElement(cy, ele) {
  cy.elements().unselect();
  ele.select();
  if (ele.isNode()) showNode(cy, ele);
  else showEdge(cy, ele);
}

function sourceBlock(src) {
  if (!src) return h('p', { class: 'no-source' }, '（没有记录出处）');
  return h('figure', { class: 'source' },
    h('blockquote', { class: 'quote' }, src.quote),
    h('figcaption', {}, h('span', { class: 'file' }, src.file), '，第 ', h('span', { class: 'line' }, src.line), ' 行'));
}

function propertyList(props, skip = []) {
  const keys = Object.keys(props).filter(k => !skip.includes(k))
    .sort((a, b) => (a === 'key') - (b === 'key') || (PROPERTY_NAMES[a] ? 0 : 1) - (PROPERTY_NAMES[b] ? 0 : 1));
  return h('dl', { class: 'props' }, keys.flatMap(k => {
    const v = props[k];
    let text = Array.isArray(v) ? v.join('、') : typeof v === 'boolean' ? (v ? '是' : '否') : String(v);
    if (k === 'level' && LEVEL_NAMES[v]) text = `${LEVEL_NAMES[v]}（${v}）`;
    return [h('dt', { title: k }, PROPERTY_NAMES[k] ?? k), h('dd', { dataset: { key: k } }, text)];
  }));
}

function nodeButton(id, label, name) {
  return h('button', { type: 'button', class: 'link', dataset: { id, label }, onclick: () => revealNode(id) }, name);
}

// Selects a node that is in the active picture, or opens it in the graph view.
function revealNode(id) {
  const cy = activeCy();
  const node = cy?.getElementById(id);
  if (node && node.nonempty()) {
    selectElement(cy, node);
    cy.animate({ center: { eles: node } }, { duration: 200 });
  } else openNode(id);
}

function showNode(cy, node) {
  const token = ++detailsToken;
  const d = node.data();
  const panel = $('#details');
  const actions = h('div', { class: 'actions' });
  if (d.label === 'Law') {
    actions.append(
      h('button', { type: 'button', class: 'trail-up', onclick: () => openTrail(d.id, 'UP') }, '引用链 ↑ 依据'),
      h('button', { type: 'button', class: 'trail-down', onclick: () => openTrail(d.id, 'DOWN') }, '引用链 ↓ 被引'));
  }
  if (cy !== graphCy) actions.append(h('button', { type: 'button', class: 'open-graph', onclick: () => openNode(d.id) }, '在关系图中打开'));
  const relations = h('section', { class: 'relations' }, h('p', { class: 'hint' }, '正在读取关系…'));
  fill(panel,
    h('article', { class: 'node-details', dataset: { id: d.id, label: d.label } },
      h('p', { class: 'kind' }, swatch(d.label), `${typeName(d.label)} · ${d.label}`),
      h('h2', {}, d.name),
      actions,
      propertyList(d.properties, ['name']),
      h('h3', {}, '首次出处'),
      sourceBlock(d.source),
      relations));
  gql(Q.node, { id: d.id }).then(data => {
    if (token !== detailsToken) return;
    const n = data.node;
    const mentions = n?.mentions ?? [];
    const rels = n?.relations ?? [];
    const byType = Object.groupBy(rels, r => r.type);
    fill(relations,
      mentions.length > 1 ? h('details', { class: 'mentions' }, h('summary', {}, `全部 ${mentions.length} 处出处`), mentions.map(m => sourceBlock(m))) : '',
      h('h3', {}, `关系（${rels.length}${rels.length === 100 ? '，只显示前 100 条' : ''}）`),
      Object.entries(byType).map(([type, list]) => h('section', { class: 'relation-group', dataset: { type } },
        h('h4', {}, edgeSwatch(type), `${edgeName(type)} ${type} · ${list.length}`),
        h('ol', {}, list.map(r => h('li', { class: 'relation', dataset: { id: r.id, type: r.type } },
          h('div', { class: 'relation-head' },
            r.direction === 'OUT' ? '→ ' : '← ',
            nodeButton(r.node.id, r.node.__typename, r.node.name ?? r.node.id),
            r.role ? h('span', { class: 'role' }, r.role) : '',
            r.surface && r.surface !== r.node.name && r.surface !== d.name ? h('span', { class: 'surface' }, `写作“${r.surface}”`) : '',
            cy.getElementById(r.id).nonempty() ? h('button', { type: 'button', class: 'link show-edge', onclick: () => selectElement(cy, cy.getElementById(r.id)) }, '在图中') : ''),
          r.source ? sourceBlock(r.source) : ''))))));
  }).catch(e => {
    if (token === detailsToken) fill(relations, h('p', { class: 'error' }, `读取关系失败：${e.message}`));
  });
}

function showEdge(cy, edge) {
  ++detailsToken;
  const d = edge.data();
  const from = edge.source().data();
  const to = edge.target().data();
  const mentions = d.mentions.length ? d.mentions : d.provenance ? [d.provenance] : [];
  fill($('#details'),
    h('article', { class: 'edge-details', dataset: { id: d.id, type: d.type } },
      h('p', { class: 'kind' }, edgeSwatch(d.type), `关系 · ${edgeName(d.type)} · ${d.type}`),
      h('h2', {}, nodeButton(from.id, from.label, from.name), ` ${edgeName(d.type)} → `, nodeButton(to.id, to.label, to.name)),
      propertyList(d.properties),
      h('h3', {}, mentions.length > 1 ? `出处（${mentions.length} 处）` : '出处'),
      mentions.length ? mentions.map(m => sourceBlock(m)) : sourceBlock(null)));
}


const trailCy = makeCy($('#trail'));
let trailRoot = null;

async function openTrail(id, direction) {
  if (direction) $('#trail-direction').value = direction;
  trailRoot = id;
  showView('trail');
  await loadTrail();
}

async function loadTrail() {
  if (!trailRoot) return;
  const direction = $('#trail-direction').value;
  const depth = Number($('#trail-depth').value);
  await guarded('trail', async () => {
    const data = await gql(Q.trail, { id: trailRoot, direction, depth, publishes: direction === 'UP' ? 'OUT' : 'IN' });
    trailCy.elements().remove();
    merge(trailCy, data.citationTrail, trailRoot);
    for (const rel of data.node?.relations ?? []) {
      const other = await gql(Q.trailOnly, { id: rel.node.id, direction, depth });
      merge(trailCy, other.citationTrail, trailRoot);
      const [from, to] = rel.direction === 'OUT' ? [trailRoot, rel.node.id] : [rel.node.id, trailRoot];
      merge(trailCy, { nodes: [], edges: [{ ...rel, from, to }] }, trailRoot);
    }
    const root = trailCy.getElementById(trailRoot);
    if (root.empty()) throw new GraphQLError(`没有找到文件 ${trailRoot}`);
    root.addClass('root');
    layoutByLevel(trailCy, trailRoot);
    selectElement(trailCy, root);
    history.replaceState(null, '', `#trail=${encodeURIComponent(trailRoot)}&direction=${direction}`);
    fill($('#trail-root'), `${direction === 'UP' ? '依据' : '被引'}：`, h('strong', {}, root.data('name')));
    const national = trailCy.nodes().filter(n => n.data('properties').level === 'national').length;
    status(`引用链：${trailCy.nodes().length} 份文件，${trailCy.edges().length} 条关系${national ? `，其中国家层级 ${national} 份` : ''}。`);
  });
}

// Rows by administrative level (国家 on top, then 省, 市, 县, 乡镇), which no built-in layout knows; within a row,
// nearer the root first.
function layoutByLevel(cy, rootId) {
  const distance = new Map();
  cy.elements().bfs({ roots: cy.getElementById(rootId), directed: false, visit: (v, e, u, i, depth) => { distance.set(v.id(), depth); } });
  const rows = new Map();
  cy.nodes().forEach(n => {
    const level = LEVEL_ROWS.indexOf(n.data('properties').level);
    const row = level < 0 ? LEVEL_ROWS.length : level;
    if (!rows.has(row)) rows.set(row, []);
    rows.get(row).push(n);
  });
  const positions = {};
  for (const [row, nodes] of rows) {
    nodes.sort((a, b) => (distance.get(a.id()) ?? 99) - (distance.get(b.id()) ?? 99) || a.data('name').localeCompare(b.data('name'), 'zh'));
    nodes.forEach((n, i) => { positions[n.id()] = { x: (i - (nodes.length - 1) / 2) * 170, y: row * 130 + (i % 2) * 28 }; });
  }
  cy.layout({ name: 'preset', positions, fit: true, padding: 40, animate: false }).run();
}


let leaderboard = null;
let countiesLoaded = false;

async function loadCounties() {
  if (countiesLoaded) return;
  countiesLoaded = true;
  try {
    const data = await gql(Q.counties, {});
    const select = $('#leaderboard-county');
    for (const { name } of data.regions.nodes) select.append(h('option', { value: name }, name));
  } catch (e) {
    countiesLoaded = false;
    status(`读取县名失败：${e.message}`, 'error');
  }
}

async function loadLeaderboard() {
  const yearText = $('#leaderboard-year').value.trim();
  const year = yearText === '' ? null : Number(yearText);
  if (year !== null && !Number.isInteger(year)) {
    status(`年份“${yearText}”不是整数。`, 'error');
    return;
  }
  const variables = { county: $('#leaderboard-county').value || null, year, first: Number($('#leaderboard-first').value) };
  await guarded('leaderboard', async () => {
    const data = await gql(Q.leaderboard, variables);
    leaderboard = { ...variables, rows: data.leaderboard };
    fill($('#leaderboard tbody'), data.leaderboard.map((row, i) => h('tr', { dataset: { id: row.agency.id } },
      h('td', { class: 'rank' }, i + 1),
      h('td', { class: 'agency' }, h('button', { type: 'button', class: 'link', onclick: () => openNode(row.agency.id) }, row.agency.name)),
      h('td', { class: 'jurisdiction' }, row.agency.jurisdiction ?? ''),
      h('td', { class: 'tasks' }, row.tasks))));
    if (data.leaderboard.length === 0)
      $('#leaderboard tbody').append(h('tr', { class: 'empty' }, h('td', { colspan: 4 }, '没有符合条件的机构。')));
    status(`牵头排行：${variables.county ?? '全部县'}${year ? `，${year} 年` : ''}，${data.leaderboard.length} 个机构。`);
    updateExportButtons();
  });
}


function resultMeta(r) {
  const p = r.properties ?? {};
  switch (r.__typename) {
    case 'Agency': return p.jurisdiction;
    case 'Law': return [p.docNumber, p.date, LEVEL_NAMES[p.level]].filter(Boolean).join(' · ');
    case 'Task': return [r.law?.title && short(r.law.title, 24), p.section].filter(Boolean).join(' · ');
    case 'Target': return [p.comparator, p.value, p.unit].filter(Boolean).join(' ');
    case 'Township': return p.county;
    case 'Region': return LEVEL_NAMES[p.level] ?? p.level;
    default: return '';
  }
}

async function search(text) {
  const panel = $('#results');
  panel.dataset.state = 'loading';
  try {
    const data = await gql(Q.search, { text, first: 60 });
    const groups = LABELS.map(label => [label, data.search.filter(r => r.__typename === label)]).filter(([, list]) => list.length);
    fill(panel,
      h('p', { class: 'summary' }, `“${text}”：${data.search.length} 条结果`),
      groups.length ? '' : h('p', { class: 'hint' }, '没有找到。试试更短的词，或换一种说法（如“发改”）。'),
      groups.map(([label, list]) => h('section', { class: 'group', dataset: { label } },
        h('h2', {}, swatch(label), `${typeName(label)} `, h('small', {}, `${label} · ${list.length}`)),
        h('ul', {}, list.map(r => h('li', {},
          h('button', { type: 'button', class: 'result', dataset: { id: r.id, label }, onclick: () => openNode(r.id) },
            h('span', { class: 'name' }, r.name), h('span', { class: 'meta' }, resultMeta(r) ?? ''))))))));
    panel.dataset.state = 'ready';
    panel.dataset.loads = String(Number(panel.dataset.loads ?? 0) + 1);
  } catch (e) {
    panel.dataset.state = 'error';
    fill(panel, h('p', { class: 'error' }, `搜索失败：${e.message}`));
  }
}


let view = 'graph';

function activeCy() {
  return view === 'graph' ? graphCy : view === 'trail' ? trailCy : null;
}

function showView(name) {
  view = name;
  for (const tab of document.querySelectorAll('#tabs [role=tab]')) tab.setAttribute('aria-selected', String(tab.dataset.view === name));
  for (const section of document.querySelectorAll('.view')) section.hidden = section.id !== `view-${name}`;
  const cy = activeCy();
  if (cy) cy.resize();
  if (name === 'leaderboard') loadCounties();
  updateExportButtons();
}

function updateExportButtons() {
  const cy = activeCy();
  $('#export-png').disabled = !cy || cy.nodes(':visible').empty();
  $('#export-json').disabled = cy ? cy.nodes(':visible').empty() : !leaderboard;
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

// The export format of `govgraph export` (nodes with label and properties; edges with type, from, to and
// properties.source), restricted to what the view shows, plus each edge's every mention.
function viewJson(cy) {
  // :visible also drops the edges of filtered nodes, which carry no class of their own.
  const visible = cy.elements(':visible');
  return {
    view,
    root: view === 'trail' ? trailRoot : graphRootId,
    nodes: visible.nodes().map(n => ({ id: n.id(), label: n.data('label'), properties: { name: n.data('name'), ...n.data('properties') }, source: n.data('source') })),
    edges: visible.edges().map(e => ({
      id: e.id(), type: e.data('type'), from: e.data('source'), to: e.data('target'),
      properties: { ...e.data('properties'), source: e.data('provenance') }, mentions: e.data('mentions'),
    })),
  };
}

function exportPng() {
  const cy = activeCy();
  if (!cy) return;
  download(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }), `govgraph-${view}.png`);
}

function exportJson() {
  const cy = activeCy();
  const payload = cy ? viewJson(cy) : { view, ...leaderboard };
  download(new Blob([JSON.stringify(payload, null, 2)], { type: 'application/json' }), `govgraph-${view}.json`);
}

function buildFilters() {
  for (const [label, t] of Object.entries(NODE_TYPES))
    $('#node-filters').append(h('label', {}, h('input', { type: 'checkbox', value: label, checked: true }), swatch(label), t.zh));
  for (const [type, t] of Object.entries(EDGE_TYPES))
    $('#edge-filters').append(h('label', { title: type }, h('input', { type: 'checkbox', value: type, checked: true }), edgeSwatch(type), t.zh));
  for (const input of document.querySelectorAll('#node-filters input, #edge-filters input')) input.addEventListener('change', applyFilters);
}

function openFromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get('node')) openNode(params.get('node'));
  else if (params.get('trail')) openTrail(params.get('trail'), params.get('direction') === 'DOWN' ? 'DOWN' : 'UP');
}

buildFilters();
$('#search-form').addEventListener('submit', e => {
  e.preventDefault();
  const text = $('#search-text').value.trim();
  if (text) search(text);
});
for (const tab of document.querySelectorAll('#tabs [role=tab]')) tab.addEventListener('click', () => showView(tab.dataset.view));
$('#graph-relayout').addEventListener('click', () => runLayout(graphCy, $('#graph-layout').value, graphRootId));
$('#graph-layout').addEventListener('change', () => runLayout(graphCy, $('#graph-layout').value, graphRootId));
$('#graph-clear').addEventListener('click', () => { graphCy.elements().remove(); graphRootId = null; updateExportButtons(); });
$('#trail-direction').addEventListener('change', loadTrail);
$('#trail-depth').addEventListener('change', loadTrail);
$('#leaderboard-form').addEventListener('submit', e => { e.preventDefault(); loadLeaderboard(); });
$('#export-png').addEventListener('click', exportPng);
$('#export-json').addEventListener('click', exportJson);
// The page's own history.replaceState does not fire hashchange; a link or an edited address does.
window.addEventListener('hashchange', openFromHash);
updateExportButtons();
openFromHash();
document.body.dataset.ready = 'true';

window.govgraph = { graph: graphCy, trail: trailCy, openNode, openTrail, gql, queries: Q };
