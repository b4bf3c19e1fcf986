// The Stepcamel console: a small hash-routed page over /console/api. No framework; the graph is
// drawn by graph.js with dagre's layout.
import { render, paint, markProblems } from './graph.js';

const view = document.getElementById('view');
const API = '/console/api';
let cleanup = () => {};

const h = (s) => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const when = (iso) => iso ? new Date(iso).toLocaleString() : '';
const pretty = (text) => { if (text == null) return ''; try { return JSON.stringify(JSON.parse(text), null, 2); } catch { return String(text); } };
const status = (s) => `<span class="status ${h(s)}">${h(s)}</span>`;

async function api(path, options = {}) {
  const response = await fetch(API + path, { headers: { 'Content-Type': 'application/json' }, ...options });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new Error(body && body.message ? `${body.__type}: ${body.message}` : String(body));
  return body;
}

function route() {
  cleanup(); cleanup = () => {};
  const hash = location.hash || '#/machines';
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  document.getElementById('nav-machines').classList.toggle('active', parts[0].startsWith('machine'));
  document.getElementById('nav-executions').classList.toggle('active', parts[0].startsWith('execution'));
  const show = {
    machines: () => machinesView(),
    machine: () => machineView(parts[1], parts[2] || 'graph'),
    executions: () => executionsView(params),
    execution: () => executionView(parts[1]),
  }[parts[0]] || machinesView;
  show().catch(e => { view.innerHTML = `<div class="error-box">${h(e.message)}</div>`; });
}
window.addEventListener('hashchange', route);
route(); // a module runs once the document is parsed

// ---- state machines -------------------------------------------------------------------------

async function machinesView() {
  const { stateMachines } = await api('/machines');
  view.innerHTML = `<h1>State machines</h1>
    <table id="machines"><tr><th>Name</th><th>Type</th><th>Status</th><th>Source</th><th>Last execution</th></tr>
    ${stateMachines.map(m => `<tr data-machine="${h(m.name)}"><td><a href="#/machine/${encodeURIComponent(m.name)}">${h(m.name)}</a></td>
      <td>${h(m.type)}</td><td>${h(m.status)}</td><td>${m.file ? h(m.file) : 'API'}</td>
      <td>${m.lastExecution ? `${status(m.lastExecution.status)} <a href="#/execution/${encodeURIComponent(m.lastExecution.executionArn)}">${h(when(m.lastExecution.startDate))}</a>` : '<span class="muted">none</span>'}</td></tr>`).join('')}
    </table>
    <h2>New state machine</h2>
    <div class="toolbar"><input id="new-name" placeholder="name"><button id="new-go">Open in code mode</button></div>`;
  document.getElementById('new-go').onclick = () => {
    const name = document.getElementById('new-name').value.trim();
    if (name) location.hash = `#/machine/${encodeURIComponent(name)}/code`;
  };
}

async function machineView(name, tab) {
  let machine;
  try { machine = await api(`/machines/${encodeURIComponent(name)}`); } catch (e) {
    if (tab !== 'code') throw e;
    machine = { name, definition: '{\n  "StartAt": "Hello",\n  "States": {\n    "Hello": {"Type": "Pass", "End": true}\n  }\n}', problems: [], type: 'STANDARD', isNew: true };
  }
  const tabs = ['graph', 'code', 'routes'].map(t => `<a href="#/machine/${encodeURIComponent(name)}/${t}" class="${t === tab ? 'active' : ''}">${{ graph: 'Graph', code: 'Code', routes: 'Camel routes' }[t]}</a>`).join('');
  view.innerHTML = `<h1>${h(name)} <span class="muted">${h(machine.type)}${machine.file ? ' · from ' + h(machine.file) : machine.isNew ? ' · new' : ' · created through the API'}</span></h1>
    <div class="toolbar"><a href="#/executions?machine=${encodeURIComponent(name)}">Executions</a></div>
    <div class="tabs">${tabs}</div><div id="tab"></div>`;
  const el = document.getElementById('tab');
  if (tab === 'routes') return routesTab(el, name);
  if (tab === 'code') return codeTab(el, machine);
  return graphTab(el, machine);
}

function problemList(problems) {
  if (!problems.length) return '<p class="muted">No validation problems.</p>';
  return `<ul class="problems">${problems.map((p, i) => `<li class="${h(p.severity)}" data-index="${i}">line ${h(p.line)}${p.state ? ' · state <b>' + h(p.state) + '</b>' : ''} · ${h(p.code)}: ${h(p.message)}</li>`).join('')}</ul>`;
}

function parseOrNull(text) { try { return JSON.parse(text); } catch { return null; } }

function graphTab(el, machine) {
  el.innerHTML = `<div class="split"><div class="panel graph"><svg id="graph"></svg></div>
    <div><div class="panel"><h2>Start an execution</h2>
      <textarea id="exec-input" class="input">{"key": "cat.jpg"}</textarea>
      <div class="toolbar"><input id="exec-name" placeholder="name (optional)"><button class="primary" id="start">Start execution</button></div>
      <div id="start-result"></div></div>
    <div class="panel"><h2>Validation</h2>${problemList(machine.problems)}</div>
    <div class="panel"><h2>Definition</h2><pre>${h(pretty(machine.definition))}</pre></div>
    <details class="panel" id="routes-beside"><summary><b>Camel routes</b> it compiled to</summary><pre id="routes-yaml">Loading…</pre></details></div></div>`;
  document.getElementById('routes-beside').addEventListener('toggle', async (ev) => {
    if (!ev.target.open || ev.target.dataset.loaded) return;
    ev.target.dataset.loaded = 'yes';
    const response = await fetch(`${API}/machines/${encodeURIComponent(machine.name)}/routes`);
    document.getElementById('routes-yaml').textContent = await response.text();
  }, { once: false });
  const drawn = render(document.getElementById('graph'), parseOrNull(machine.definition) || {}, () => {});
  markProblems(drawn.nodesByState, machine.problems);
  document.getElementById('start').onclick = async () => {
    const out = document.getElementById('start-result');
    const input = document.getElementById('exec-input').value;
    if (parseOrNull(input) === null && input.trim() !== 'null') { out.innerHTML = '<div class="error-box">The input is not JSON.</div>'; return; }
    try {
      const started = await api(`/machines/${encodeURIComponent(machine.name)}/executions`, { method: 'POST',
        body: JSON.stringify({ input, name: document.getElementById('exec-name').value.trim() || undefined }) });
      if (machine.type === 'EXPRESS') { out.innerHTML = `<div class="notice">Started ${h(started.name)}. Express executions keep no history to show.</div>`; return; }
      location.hash = `#/execution/${encodeURIComponent(started.executionArn)}`;
    } catch (e) { out.innerHTML = `<div class="error-box">${h(e.message)}</div>`; }
  };
}

async function routesTab(el, name) {
  el.innerHTML = '<div class="panel"><pre id="routes-yaml">Loading…</pre></div>';
  const response = await fetch(`${API}/machines/${encodeURIComponent(name)}/routes`);
  document.getElementById('routes-yaml').textContent = await response.text();
}

function codeTab(el, machine) {
  el.innerHTML = `<div class="split"><div><div class="panel graph"><svg id="graph"></svg></div>
      <div class="panel"><h2>Problems</h2><div id="problems"></div></div></div>
    <div class="panel"><div class="toolbar"><button class="primary" id="save">${machine.isNew ? 'Create' : 'Save'}</button>
      ${machine.isNew ? '<select id="new-type"><option>STANDARD</option><option>EXPRESS</option></select>' : ''}
      <span id="save-result"></span></div>
      ${machine.file ? `<div class="notice">This machine was loaded from <b>${h(machine.file)}</b>. Saving changes the running machine only; the file stays as it is and is loaded again at the next start.</div>` : ''}
      <textarea id="editor" class="code" spellcheck="false">${h(pretty(machine.definition))}</textarea></div></div>`;
  const editor = document.getElementById('editor');
  let timer = null, seq = 0;
  const refresh = async () => {
    const text = editor.value, mine = ++seq;
    const parsed = parseOrNull(text);
    const svg = document.getElementById('graph');
    let drawn = null;
    if (parsed) drawn = render(svg, parsed, (state) => jumpTo(state));
    let result;
    try { result = await api('/validate', { method: 'POST', body: text }); } catch (e) { result = { problems: [{ severity: 'ERROR', code: 'REQUEST', message: e.message, line: 1 }] }; }
    if (mine !== seq) return;
    if (drawn) markProblems(drawn.nodesByState, result.problems);
    const box = document.getElementById('problems');
    box.innerHTML = problemList(result.problems);
    box.querySelectorAll('li').forEach(li => li.onclick = () => goToLine(result.problems[li.dataset.index].line));
  };
  const goToLine = (line) => {
    const lines = editor.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    editor.focus(); editor.setSelectionRange(start, start + (lines[line - 1] || '').length);
    editor.scrollTop = Math.max(0, (line - 5) * 17);
  };
  const jumpTo = (state) => {
    const at = editor.value.indexOf(JSON.stringify(state) + ':');
    if (at >= 0) goToLine(editor.value.slice(0, at).split('\n').length);
  };
  editor.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refresh, 250); });
  document.getElementById('save').onclick = async () => {
    const out = document.getElementById('save-result');
    try {
      const type = document.getElementById('new-type');
      const saved = await api(`/machines/${encodeURIComponent(machine.name)}`, { method: 'PUT',
        body: JSON.stringify({ definition: editor.value, type: type ? type.value : undefined }) });
      out.innerHTML = `<span class="status SUCCEEDED">${saved.created ? 'created' : 'saved'}</span>` + (saved.notice ? `<div class="notice">${h(saved.notice)}</div>` : '');
      machine.isNew = false;
    } catch (e) { out.innerHTML = `<div class="error-box">${h(e.message)}</div>`; }
  };
  cleanup = () => clearTimeout(timer);
  refresh();
}

// ---- executions -----------------------------------------------------------------------------

const PAGE = 50;

async function executionsView(params) {
  const page = Math.max(0, parseInt(params.get('page') || '0', 10));
  const q = new URLSearchParams();
  for (const k of ['machine', 'status', 'after', 'before']) if (params.get(k)) q.set(k, params.get(k));
  q.set('offset', page * PAGE); q.set('limit', PAGE);
  const [{ stateMachines }, list] = await Promise.all([api('/machines'), api('/executions?' + q)]);
  const sel = (k) => params.get(k) || '';
  const statuses = ['', 'RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];
  view.innerHTML = `<h1>Executions</h1>
    <form class="toolbar" id="filters">
      <select name="machine"><option value="">all state machines</option>${stateMachines.filter(m => m.type === 'STANDARD').map(m => `<option ${sel('machine') === m.name ? 'selected' : ''}>${h(m.name)}</option>`).join('')}</select>
      <select name="status">${statuses.map(s => `<option value="${s}" ${sel('status') === s ? 'selected' : ''}>${s || 'any status'}</option>`).join('')}</select>
      started after <input type="datetime-local" name="after" value="${h(local(sel('after')))}">
      before <input type="datetime-local" name="before" value="${h(local(sel('before')))}">
      <button>Filter</button></form>
    <div class="pager"><button id="prev" ${page ? '' : 'disabled'}>‹ Newer</button>
      <span id="range">${list.total ? `${list.offset + 1}–${list.offset + list.executions.length} of ${list.total}` : 'No executions'}</span>
      <button id="next" ${list.offset + list.executions.length < list.total ? '' : 'disabled'}>Older ›</button></div>
    <table id="executions"><tr><th>Name</th><th>State machine</th><th>Status</th><th>Started</th><th>Ended</th></tr>
    ${executionRows(list.executions)}</table>`;
  const go = (p) => { const n = new URLSearchParams(params); n.set('page', p); location.hash = '#/executions?' + n; };
  document.getElementById('prev').onclick = () => go(page - 1);
  document.getElementById('next').onclick = () => go(page + 1);
  document.getElementById('filters').onsubmit = (ev) => {
    ev.preventDefault();
    const n = new URLSearchParams();
    for (const [k, v] of new FormData(ev.target)) if (v) n.set(k, k === 'after' || k === 'before' ? new Date(v).toISOString() : v);
    location.hash = '#/executions?' + n;
  };
  // Keep the first page current while executions run; later pages stay put.
  if (page === 0) { const t = setInterval(() => { if (!document.hidden) refreshRows(q); }, 3000); cleanup = () => clearInterval(t); }
}

function executionRows(executions) {
  return executions.map(e => `<tr data-status="${h(e.status)}" data-arn="${h(e.executionArn)}"><td><a href="#/execution/${encodeURIComponent(e.executionArn)}">${h(e.name)}</a></td>
      <td>${h(e.stateMachineName)}</td><td>${status(e.status)}</td><td>${h(when(e.startDate))}</td><td>${h(when(e.stopDate))}</td></tr>`).join('');
}

async function refreshRows(q) {
  const list = await api('/executions?' + q).catch(() => null);
  const table = document.getElementById('executions');
  if (!list || !table) return;
  const shown = [...table.querySelectorAll('tr[data-arn]')].map(tr => tr.dataset.arn + tr.dataset.status).join();
  if (shown === list.executions.map(e => e.executionArn + e.status).join()) return;
  table.innerHTML = table.rows[0].outerHTML + executionRows(list.executions);
  document.getElementById('range').textContent = list.total ? `${list.offset + 1}–${list.offset + list.executions.length} of ${list.total}` : 'No executions';
}

function local(iso) {
  if (!iso) return '';
  const d = new Date(iso); if (isNaN(d)) return '';
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

const HISTORY_PAGE = 100;

async function executionView(arn) {
  const ex = await api('/execution?executionArn=' + encodeURIComponent(arn));
  const state = { ex, states: ex.states, events: ex.events, selected: null, historyPage: 0, messages: 0, dirty: false, iteration: null };
  view.innerHTML = `<h1>${h(ex.name)} <span id="ex-status">${status(ex.status)}</span></h1>
    <div class="toolbar"><a href="#/machine/${encodeURIComponent(ex.stateMachineName)}">${h(ex.stateMachineName)}</a>
      <span class="muted" id="ex-times"></span>
      <button class="danger" id="stop">Stop</button>
      <button id="redrive">Redrive</button>
      <span class="legend"><span><i style="background:#dbe7ff"></i>running</span><span><i style="background:#c9efd6"></i>succeeded</span><span><i style="background:#fbcaca"></i>failed</span><span><i style="background:#ffe1c2"></i>caught</span><span><i style="background:#fff"></i>not reached</span></span></div>
    <div id="ex-error"></div>
    <div class="split"><div class="panel graph"><svg id="graph"></svg></div>
      <div><div class="panel" id="state-panel"><p class="muted">Select a state in the graph to see its input, output, error and retries.</p></div>
        <div class="panel"><h2>Execution input</h2><pre>${h(pretty(ex.input))}</pre><h2>Output</h2><pre id="ex-output"></pre></div></div></div>
    <h2>Event history <span class="muted" id="event-count"></span></h2>
    <div class="pager"><button id="h-prev">‹</button><span id="h-range"></span><button id="h-next">›</button></div>
    <table id="history"></table>`;
  const drawn = render(document.getElementById('graph'), parseOrNull(ex.definition) || {}, (name) => { state.selected = name; state.iteration = null; draw(); });
  document.getElementById('stop').onclick = async () => {
    try { await api('/execution/stop?executionArn=' + encodeURIComponent(arn), { method: 'POST', body: '{}' }); } catch (e) { alert(e.message); }
  };
  document.getElementById('redrive').onclick = async () => {
    try {
      await api('/execution/redrive?executionArn=' + encodeURIComponent(arn), { method: 'POST', body: '{}' });
      route(); // the execution runs again: follow it live
    } catch (e) { alert(e.message); }
  };
  document.getElementById('h-prev').onclick = () => { state.historyPage = Math.max(0, state.historyPage - 1); drawHistory(); };
  document.getElementById('h-next').onclick = () => { state.historyPage++; drawHistory(); };

  const drawHeader = () => {
    const e = state.ex;
    document.getElementById('ex-status').innerHTML = status(e.status);
    document.getElementById('ex-times').textContent = `started ${when(e.startDate)}${e.stopDate ? ' · ended ' + when(e.stopDate) : ''}`;
    document.getElementById('stop').disabled = e.status !== 'RUNNING';
    const redrive = document.getElementById('redrive');
    redrive.disabled = e.status === 'RUNNING' || e.redriveStatus !== 'REDRIVABLE';
    redrive.title = e.redriveStatusReason || (e.redriveCount ? `redriven ${e.redriveCount}×` : '');
    document.getElementById('ex-error').innerHTML = e.error ? `<div class="error-box"><b>${h(e.error)}</b>${e.cause ? ': ' + h(e.cause) : ''}</div>` : '';
    document.getElementById('ex-output').textContent = pretty(e.output);
  };
  const drawHistory = () => {
    const total = state.events.length, pages = Math.max(1, Math.ceil(total / HISTORY_PAGE));
    state.historyPage = Math.min(state.historyPage, pages - 1);
    const from = state.historyPage * HISTORY_PAGE, rows = state.events.slice(from, from + HISTORY_PAGE);
    document.getElementById('event-count').textContent = `(${total} events)`;
    document.getElementById('h-range').textContent = total ? `${from + 1}–${from + rows.length} of ${total}` : '';
    document.getElementById('history').innerHTML = '<tr><th>#</th><th>Type</th><th>Time</th><th>Details</th></tr>' + rows.map(ev =>
      `<tr data-type="${h(ev.type)}"><td>${ev.id}</td><td>${h(ev.type)}</td><td>${h(new Date(ev.timestamp).toISOString().slice(11, 23))}</td><td><pre data-id="${ev.id}">${h(ev.details ? short(JSON.stringify(ev.details)) : '')}</pre></td></tr>`).join('');
  };
  document.getElementById('history').addEventListener('click', (e) => {
    const pre = e.target.closest('pre[data-id]');
    const ev = pre && state.events[Number(pre.dataset.id) - 1];
    if (ev && ev.details) pre.textContent = JSON.stringify(ev.details, null, 2);
  });
  const drawState = () => {
    const panel = document.getElementById('state-panel');
    if (!state.selected) return;
    const run = state.states[state.selected];
    if (!run) { panel.innerHTML = `<h2>${h(state.selected)}</h2><p class="muted">Not reached.</p>`; return; }
    let iters = '';
    if (run.iterations) {
      const entries = Object.entries(run.iterations.byIndex);
      iters = `<h2>Iterations</h2><p>${run.iterations.started} started · ${run.iterations.succeeded} succeeded · ${run.iterations.failed} failed</p>
        <div class="iters">${entries.map(([i, s]) => `<b class="${s}" title="iteration ${i}: ${s}" data-i="${i}"></b>`).join('')}</div>
        ${state.iteration !== null ? `<p id="iteration-detail">Iteration ${h(state.iteration)}: ${h(run.iterations.byIndex[state.iteration])}</p><pre>${h(iterationEvents(state.events, state.selected, state.iteration))}</pre>` : ''}`;
    }
    panel.innerHTML = `<h2 id="state-name">${h(run.name)} <span class="status">${h(run.type)}</span> <span class="status" id="state-status">${h(run.status)}</span></h2>
      <div class="kv"><span>entered</span><span>${run.entered}×</span><span>retries</span><span id="state-retries">${run.retryCount}</span></div>
      ${run.error ? `<div class="error-box" id="state-error"><b>${h(run.error)}</b>${run.cause ? ': ' + h(run.cause) : ''}</div>` : ''}
      ${iters}
      <h2>Input</h2><pre>${h(pretty(run.input))}</pre><h2>Output</h2><pre>${h(pretty(run.output))}</pre>`;
    panel.querySelectorAll('.iters b').forEach(b => b.onclick = () => { state.iteration = b.dataset.i; drawState(); });
  };
  const draw = () => {
    paint(drawn.nodesByState, state.states);
    drawn.nodesByState.forEach((nodes, name) => nodes.forEach(n => n.classList.toggle('selected', name === state.selected)));
    drawHeader(); drawHistory(); drawState();
    document.body.dataset.liveMessages = state.messages;
  };
  draw();
  if (ex.status !== 'RUNNING') return;

  // Live: batches arrive a few times a second; drawing is coalesced to one frame per 200 ms.
  const source = new EventSource(`${API}/executions/stream?executionArn=${encodeURIComponent(arn)}&after=${ex.events.length}`);
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return; scheduled = true;
    setTimeout(() => requestAnimationFrame(() => { scheduled = false; draw(); }), 200);
  };
  source.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    state.messages++;
    Object.assign(state.ex, msg.execution);
    Object.assign(state.states, msg.states);
    for (const ev of msg.events) state.events.push(ev);
    if (state.historyPage === Math.floor((state.events.length - msg.events.length) / HISTORY_PAGE)) state.historyPage = Math.floor((state.events.length - 1) / HISTORY_PAGE);
    schedule();
  };
  source.addEventListener('end', async () => {
    source.close();
    try { // whether it can be redriven now is known once it has ended
      const now = await api('/execution?executionArn=' + encodeURIComponent(arn));
      Object.assign(state.ex, { redriveStatus: now.redriveStatus, redriveStatusReason: now.redriveStatusReason });
    } catch (e) { /* the view stays as it was */ }
    schedule();
  });
  source.onerror = () => { if (source.readyState === EventSource.CLOSED) schedule(); };
  cleanup = () => source.close();
}

function short(text, max = 240) { return text.length > max ? text.slice(0, max - 1) + '…' : text; }

/** The events a Map iteration wrote about itself (inner events are not tagged with their iteration). */
function iterationEvents(events, mapName, index) {
  return events.filter(e => e.type.startsWith('MapIteration') && e.details && e.details.name === mapName && String(e.details.index) === String(index))
    .map(e => `${e.id} ${e.type} ${new Date(e.timestamp).toISOString().slice(11, 23)}`).join('\n');
}
