// Draws an ASL definition as an SVG graph laid out by dagre (vendor/dagre.min.js, a global).
// Each state is one node whose shape says its type; Parallel branches and Map processors are
// nested groups between a header node (the state itself) and a join node; Catch edges are dashed.

const SVG = 'http://www.w3.org/2000/svg';
const OPS = {
  StringEquals: '==', NumericEquals: '==', BooleanEquals: '==', TimestampEquals: '==',
  StringLessThan: '<', NumericLessThan: '<', TimestampLessThan: '<',
  StringGreaterThan: '>', NumericGreaterThan: '>', TimestampGreaterThan: '>',
  StringLessThanEquals: '<=', NumericLessThanEquals: '<=', TimestampLessThanEquals: '<=',
  StringGreaterThanEquals: '>=', NumericGreaterThanEquals: '>=', TimestampGreaterThanEquals: '>=',
  StringMatches: 'matches',
};

/** A Choice rule as short text: "$.isValid == true", "not ($.a > 1)", "($.a == 1) and ...". */
export function ruleText(rule) {
  if (!rule || typeof rule !== 'object') return '?';
  if (rule.Condition) return String(rule.Condition);
  if (Array.isArray(rule.And)) return rule.And.map(r => '(' + ruleText(r) + ')').join(' and ');
  if (Array.isArray(rule.Or)) return rule.Or.map(r => '(' + ruleText(r) + ')').join(' or ');
  if (rule.Not) return 'not (' + ruleText(rule.Not) + ')';
  const op = Object.keys(rule).find(k => !['Variable', 'Next', 'Comment', 'Assign', 'Output'].includes(k));
  if (!op) return '?';
  let value = rule[op];
  const path = op.endsWith('Path');
  const base = path ? op.slice(0, -4) : op;
  const symbol = OPS[base] || base;
  if (base.startsWith('Is')) return `${rule.Variable} ${base} ${value}`;
  value = path ? value : JSON.stringify(value);
  return `${rule.Variable} ${symbol} ${value}`;
}

function short(text, max = 42) {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** Builds the dagre graph of a definition: nodes carry {state, type, kind, label}. */
export function buildGraph(definition) {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 36, marginx: 16, marginy: 16 });
  const byState = new Map();
  let edgeId = 0;
  const edge = (from, to, label, kind) => {
    if (!g.hasNode(from) || !g.hasNode(to)) return;
    const text = label ? short(label) : '';
    g.setEdge(from, to, { label: text, kind, width: text ? text.length * 6.2 + 8 : 0, height: text ? 16 : 0,
      labelpos: 'c' }, 'e' + (edgeId++));
  };
  const node = (id, attrs, parent) => {
    const label = attrs.label || attrs.state || '';
    const width = Math.max(attrs.kind === 'terminal' ? 60 : 110, label.length * 7.4 + 28);
    const height = attrs.kind === 'terminal' ? 28 : attrs.type === 'Choice' ? 50 : 40;
    g.setNode(id, { ...attrs, width: attrs.type === 'Choice' ? width + 30 : width, height });
    if (parent) g.setParent(id, parent);
    if (attrs.state && attrs.kind !== 'join') {
      if (!byState.has(attrs.state)) byState.set(attrs.state, []);
      byState.get(attrs.state).push(id);
    }
  };

  // Lays out one state graph; returns {entry, exits: ids that end the graph}.
  const scope = (graph, prefix, parent) => {
    const states = graph && typeof graph.States === 'object' && graph.States ? graph.States : {};
    const ids = {};
    const exits = [];
    const after = {}; // state name -> node id its transitions leave from
    for (const [name, state] of Object.entries(states)) {
      const id = prefix + name;
      ids[name] = id;
      const type = state && state.Type;
      if (type === 'Parallel' || type === 'Map') {
        const group = id + '#group';
        g.setNode(group, { kind: 'group', type, state: name, label: type + ' ' + name });
        if (parent) g.setParent(group, parent);
        node(id, { kind: 'state', type, state: name, label: name }, group);
        const join = id + '#join';
        node(join, { kind: 'join', type, state: name, label: type === 'Map' ? 'collect results' : 'join branches' }, group);
        const graphs = type === 'Parallel' ? (Array.isArray(state.Branches) ? state.Branches : [])
          : [state.ItemProcessor || state.Iterator].filter(Boolean);
        graphs.forEach((sub, i) => {
          const cluster = id + '#' + (type === 'Map' ? 'processor' : 'branch' + i);
          g.setNode(cluster, { kind: 'cluster', label: type === 'Map' ? 'ItemProcessor (per item)' : 'Branch ' + (i + 1) });
          g.setParent(cluster, group);
          const inner = scope(sub, cluster + '/', cluster);
          if (inner.entry) edge(id, inner.entry, '', 'next');
          inner.exits.forEach(x => edge(x, join, '', 'next'));
        });
        after[name] = join;
      } else {
        node(id, { kind: 'state', type: type || '?', state: name, label: name }, parent);
        after[name] = id;
      }
    }
    const endNode = (from) => exits.push(from);
    for (const [name, state] of Object.entries(states)) {
      if (!state || typeof state !== 'object') continue;
      const from = after[name];
      if (state.Type === 'Choice') {
        (Array.isArray(state.Choices) ? state.Choices : []).forEach(rule => {
          if (ids[rule.Next]) edge(from, ids[rule.Next], ruleText(rule), 'choice');
        });
        if (ids[state.Default]) edge(from, ids[state.Default], 'Default', 'default');
      } else if (state.Type === 'Succeed' || state.Type === 'Fail' || state.End === true) {
        endNode(from);
      } else if (ids[state.Next]) {
        edge(from, ids[state.Next], '', 'next');
      }
      (Array.isArray(state.Catch) ? state.Catch : []).forEach(c => {
        if (ids[c.Next]) edge(from, ids[c.Next], 'Catch ' + (c.ErrorEquals || []).join(', '), 'catch');
      });
    }
    return { entry: ids[graph && graph.StartAt], exits };
  };

  node('#start', { kind: 'terminal', label: 'Start' });
  const top = scope(definition, '', null);
  node('#end', { kind: 'terminal', label: 'End' });
  if (top.entry) edge('#start', top.entry, '', 'next');
  top.exits.forEach(x => edge(x, '#end', '', 'next'));
  dagre.layout(g);
  return { g, byState };
}

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

function shape(n, group) {
  const { x, y, width: w, height: h } = n;
  const l = x - w / 2, t = y - h / 2;
  switch (n.kind === 'terminal' ? 'terminal' : n.type) {
    case 'terminal': return el('ellipse', { cx: x, cy: y, rx: w / 2, ry: h / 2, class: 'shape' }, group);
    case 'Choice': return el('polygon', { points: `${l},${y} ${l + 18},${t} ${l + w - 18},${t} ${l + w},${y} ${l + w - 18},${t + h} ${l + 18},${t + h}`, class: 'shape' }, group);
    case 'Succeed': return el('rect', { x: l, y: t, width: w, height: h, rx: h / 2, class: 'shape' }, group);
    case 'Fail': return el('polygon', { points: `${l + 10},${t} ${l + w - 10},${t} ${l + w},${t + 10} ${l + w},${t + h - 10} ${l + w - 10},${t + h} ${l + 10},${t + h} ${l},${t + h - 10} ${l},${t + 10}`, class: 'shape' }, group);
    case 'Pass': return el('rect', { x: l, y: t, width: w, height: h, rx: 2, class: 'shape' }, group);
    case 'Wait': return el('rect', { x: l, y: t, width: w, height: h, rx: 14, class: 'shape' }, group);
    default: return el('rect', { x: l, y: t, width: w, height: h, rx: 6, class: 'shape' }, group);
  }
}

const TYPE_MARK = { Task: '⚙ Task', Pass: '→ Pass', Choice: '◇ Choice', Wait: '⏱ Wait', Succeed: '✓ Succeed',
  Fail: '✕ Fail', Parallel: '‖ Parallel', Map: '⟳ Map' };

/**
 * Renders into `svg` (cleared first). Returns {nodesByState: Map(name -> [SVG groups])}.
 * `onSelect(stateName)` is called when a state is clicked.
 */
export function render(svg, definition, onSelect) {
  svg.innerHTML = '';
  el('defs', {}, svg).innerHTML =
    '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="arrowhead"/></marker>' +
    '<marker id="arrow-catch" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="arrowhead catch"/></marker>';
  const { g, byState } = buildGraph(definition);
  const size = g.graph();
  svg.setAttribute('viewBox', `0 0 ${Math.max(size.width, 10)} ${Math.max(size.height, 10)}`);
  svg.setAttribute('width', Math.max(size.width, 10));
  svg.setAttribute('height', Math.max(size.height, 10));
  const groups = el('g', { class: 'groups' }, svg);
  const edges = el('g', { class: 'edges' }, svg);
  const nodes = el('g', { class: 'nodes' }, svg);
  // Groups first (outermost first), so nested ones draw on top.
  const depth = id => { let d = 0; for (let p = g.parent(id); p; p = g.parent(p)) d++; return d; };
  g.nodes().filter(id => g.children(id).length).sort((a, b) => depth(a) - depth(b)).forEach(id => {
    const n = g.node(id);
    const box = el('g', { class: 'group ' + (n.kind || 'cluster') + ' type-' + (n.type || '') }, groups);
    el('rect', { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height, rx: 8 }, box);
    el('text', { x: n.x - n.width / 2 + 8, y: n.y - n.height / 2 + 13, class: 'group-label' }, box).textContent = n.label || '';
    if (n.kind === 'group') box.dataset.state = n.state;
  });
  g.edges().forEach(e => {
    const d = g.edge(e);
    const pts = d.points || [];
    const path = pts.map((p, i) => (i ? 'L' : 'M') + p.x.toFixed(1) + ',' + p.y.toFixed(1)).join(' ');
    const ge = el('g', { class: 'edge ' + d.kind }, edges);
    el('path', { d: path, 'marker-end': d.kind === 'catch' ? 'url(#arrow-catch)' : 'url(#arrow)' }, ge);
    if (d.label && d.x !== undefined) {
      el('rect', { x: d.x - d.width / 2, y: d.y - 8, width: d.width, height: 16, rx: 3, class: 'edge-label-bg' }, ge);
      el('text', { x: d.x, y: d.y + 4, class: 'edge-label', 'text-anchor': 'middle' }, ge).textContent = d.label;
    }
  });
  const nodesByState = new Map();
  g.nodes().filter(id => !g.children(id).length).forEach(id => {
    const n = g.node(id);
    if (!n || n.x === undefined || n.kind === 'cluster' || n.kind === 'group') return;
    const cls = ['node', 'kind-' + n.kind, 'type-' + (n.type || 'none'), 'status-none'];
    const ng = el('g', { class: cls.join(' ') }, nodes);
    shape(n, ng);
    if (n.kind === 'terminal') {
      el('text', { x: n.x, y: n.y + 4, 'text-anchor': 'middle', class: 'label' }, ng).textContent = n.label;
    } else if (n.kind === 'join') {
      el('text', { x: n.x, y: n.y + 4, 'text-anchor': 'middle', class: 'join-label' }, ng).textContent = n.label;
    } else {
      el('text', { x: n.x, y: n.y - 5, 'text-anchor': 'middle', class: 'type-label' }, ng).textContent = TYPE_MARK[n.type] || n.type;
      el('text', { x: n.x, y: n.y + 11, 'text-anchor': 'middle', class: 'label' }, ng).textContent = short(n.label, 40);
      const badge = el('text', { x: n.x + n.width / 2 + 5, y: n.y + 4, 'text-anchor': 'start', class: 'badge' }, ng);
      badge.textContent = '';
    }
    if (n.state) {
      ng.dataset.state = n.state;
      ng.addEventListener('click', () => onSelect && onSelect(n.state));
      if (!nodesByState.has(n.state)) nodesByState.set(n.state, []);
      nodesByState.get(n.state).push(ng);
    }
  });
  return { nodesByState, byState };
}

/** Colours the nodes of `states` (name -> {status, ...}); states absent stay "not reached". */
export function paint(nodesByState, states) {
  for (const [name, nodes] of nodesByState) {
    const run = states[name];
    const status = run ? run.status : 'none';
    for (const n of nodes) {
      const cls = n.getAttribute('class').replace(/status-\S+/, 'status-' + status);
      if (cls !== n.getAttribute('class')) n.setAttribute('class', cls);
      const badge = n.querySelector('.badge');
      if (badge && run) {
        const text = run.iterations ? `${run.iterations.succeeded + run.iterations.failed}/${run.iterations.started}`
          : run.entered > 1 ? '×' + run.entered : run.retryCount ? '↻' + run.retryCount : '';
        if (badge.textContent !== text) badge.textContent = text;
      }
    }
  }
}

/** Marks the nodes of states that have validation problems; returns the names marked. */
export function markProblems(nodesByState, problems) {
  const marked = new Set();
  for (const p of problems) {
    if (!p.state || !nodesByState.has(p.state)) continue;
    for (const n of nodesByState.get(p.state)) {
      n.classList.add('problem');
      const t = document.createElementNS(SVG, 'title');
      t.textContent = `line ${p.line}: ${p.message}`;
      n.appendChild(t);
    }
    marked.add(p.state);
  }
  return marked;
}
