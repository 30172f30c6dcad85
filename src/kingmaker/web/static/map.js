// The power map, drawn by vis-network (served by the app from the pyvis package): nodes and edges
// from /api/graph, a force layout stabilised before the first draw, labels sized by links (the most
// connected labelled first, none drawn under 12 px), ties coloured by type from the type table
// (/static/types.css). The view (filters, selection, ego view, path) lives in the URL.
"use strict";
(() => {
  const {el, clear, getJSON, actorHref, evidence} = KM;
  const box = document.getElementById("map");
  const status = document.getElementById("map-status");
  const panel = document.getElementById("panel");
  const form = document.getElementById("filters");
  const asOf = document.getElementById("as_of");
  const slider = document.getElementById("as_of_slider");
  const asOfLabel = document.getElementById("as_of_label");
  const search = document.getElementById("search");
  const results = document.getElementById("search-results");
  const list = document.getElementById("actor-list");
  const pathForm = document.getElementById("path-form");
  const params = new URLSearchParams(location.search);
  const css = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => (css.getPropertyValue("--" + name).trim() || fallback);
  const LABEL_MIN_PX = 12;  // no label is drawn smaller than this on screen
  let graph = null, selected = params.get("focus"), network = null, pathShown = null;
  const nodes = new vis.DataSet(), edges = new vis.DataSet();

  // ---- the view <-> the URL
  const boxes = (name) => [...form.querySelectorAll(`input[name=${name}]`)];
  for (const name of ["types", "kinds"]) {
    const wanted = params.get(name);
    if (wanted !== null) {
      const set = new Set(wanted.split(",").filter(Boolean));
      for (const b of boxes(name)) b.checked = set.has(b.value);
    }
  }
  for (const name of ["events", "isolated", "ego"]) boxes(name)[0].checked = params.get(name) === "1";
  const docSelect = form.elements.document;
  if (params.get("document") && ![...docSelect.options].some((o) => o.value === params.get("document"))) {
    docSelect.appendChild(el("option", {value: params.get("document"), text: params.get("document")}));  // not listed
  }
  for (const name of ["depth", "group", "event_types", "min_confidence", "document", "limit"]) {
    if (params.get(name) !== null) form.elements[name].value = params.get(name);
  }
  if (params.get("from")) pathForm.elements.from.value = params.get("from");
  if (params.get("to")) pathForm.elements.to.value = params.get("to");

  function query() {  // what /api/graph needs
    const q = new URLSearchParams();
    if (asOf.value) q.set("as_of", asOf.value);
    for (const name of ["types", "kinds"]) {
      const all = boxes(name), on = all.filter((b) => b.checked).map((b) => b.value);
      if (on.length !== all.length) q.set(name, on.join(","));
    }
    q.set("events", boxes("events")[0].checked ? "1" : "0");
    if (boxes("isolated")[0].checked) q.set("isolated", "1");
    for (const name of ["event_types", "document"]) if (form.elements[name].value) q.set(name, form.elements[name].value);
    const conf = Number(form.elements.min_confidence.value);
    if (conf > 0) q.set("min_confidence", String(conf));
    const limit = form.elements.limit;  // how many actors the map shows (the most connected)
    if (limit.value && limit.value !== limit.dataset.default) q.set("limit", limit.value);
    if (boxes("ego")[0].checked && selected) {
      q.set("focus", selected);
      q.set("depth", form.elements.depth.value);
    }
    return q;
  }

  function remember() {  // the URL holds the whole view, so it can be shared
    const q = query();
    if (selected) q.set("focus", selected);
    if (boxes("ego")[0].checked) q.set("ego", "1");
    if (form.elements.group.value) q.set("group", form.elements.group.value);
    if (pathShown) { q.set("from", pathShown[0]); q.set("to", pathShown[1]); }
    history.replaceState(null, "", location.pathname + "?" + q);
    document.getElementById("export-graphml").href = "/api/graph.graphml?" + query();
  }

  // ---- loading and drawing
  async function load() {
    status.textContent = "Loading the map…";
    let data;
    try {
      data = await getJSON("/api/graph?" + query());
    } catch (err) {
      status.textContent = "Could not load the map: " + err.message;
      return;
    }
    graph = data;
    setupSlider();
    draw();
    filterList();
    remember();
    const t = (graph.truncated ? ` · ${graph.truncated} less connected actors left out (raise "actors shown", find one by name, or double-click an actor to bring in its neighbours)` : "") +
      (graph.edges_left_out ? ` · ${graph.edges_left_out} weaker links left out` : "");
    status.textContent = `${graph.nodes.length} actors, ${graph.edges.length} ties and event links` +
      (graph.as_of ? ` as of ${graph.as_of}` : "") + (graph.focus ? ` around ${nameOf(graph.focus)}` : "") + t;
    // a shared view with a path: the selected actor's profile first, then the path, so the path is what
    // the panel shows (both fill it; unordered, whichever answer came last won)
    if (selected && nodes.get(selected)) await selectNode(selected, false);
    if (params.get("from") && params.get("to") && !pathShown) findPath(params.get("from"), params.get("to"));
  }

  function nodeItem(n) {
    const tip = el("div", {class: "tip"}, el("strong", {text: n.name}),
      el("div", {text: `${n.kind || "unknown"}${n.subkind ? " / " + n.subkind : ""} · ${n.degree} links` +
        (n.hidden ? ` · ${n.hidden} neighbours not shown` : "")}));
    return {id: n.id, label: n.name, title: tip, value: n.degree + 1, community: n.community,
            organisation: n.organisation, kind: n.kind, more: n.hidden,
            color: {background: colour(n.kind || "unknown", "#8a94a6"), border: "#ffffff",
                    highlight: {background: colour(n.kind || "unknown", "#8a94a6"), border: "#1a202c"}},
            borderWidth: n.hidden ? 3 : 1.5, shapeProperties: {borderDashes: n.hidden ? [3, 3] : false}};
  }

  function edgeItem(e) {
    const t = e.kind === "event" ? "event" : e.type;
    const c = colour(t, "#a0aec0");
    return {id: e.kind + ":" + e.id + ":" + e.source + ":" + e.target, from: e.source, to: e.target, data: e,
            arrows: e.directed ? {to: {enabled: true, scaleFactor: 0.6}} : "",
            dashes: e.kind === "event" || e.negated, width: Math.min(1.5 + Math.log2(e.count), 6),
            color: {color: c, highlight: c, hover: c, opacity: e.kind === "event" ? 0.7 : 0.9},
            title: el("div", {text: `${nameOf(e.source)} ${e.type} ${nameOf(e.target)} (${e.count})`})};
  }

  function draw() {
    nodes.clear();
    edges.clear();
    nodes.add(graph.nodes.map(nodeItem));
    edges.add(graph.edges.map(edgeItem));
    if (!network) {
      network = new vis.Network(box, {nodes, edges}, {
        autoResize: true,
        layout: {randomSeed: 7, improvedLayout: graph.nodes.length <= 150},
        physics: {solver: "forceAtlas2Based", stabilization: {enabled: true, iterations: stabilisingSteps(), fit: true},
                  forceAtlas2Based: {gravitationalConstant: -70, springLength: 110, avoidOverlap: 0.5}},
        nodes: {shape: "dot", scaling: {min: 7, max: 30, label: {enabled: true, min: 14, max: 26,
                maxVisible: 26, drawThreshold: LABEL_MIN_PX + 1}},
                font: {size: 14, face: "system-ui, DejaVu Sans, sans-serif", color: "#1a202c",
                       strokeWidth: 4, strokeColor: "#ffffff"}},
        edges: {smooth: {type: "continuous"}, hoverWidth: 1.5, selectionWidth: 2},
        interaction: {hover: true, tooltipDelay: 150, keyboard: {enabled: true, bindToWindow: false},
                      multiselect: false},
      });
      network.on("beforeDrawing", (ctx) => {  // a white page under the drawing (the PNG export)
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = "#ffffff";
        ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
        ctx.restore();
      });
      network.on("click", (p) => {
        if (p.nodes.length && !network.isCluster(p.nodes[0])) selectNode(p.nodes[0], true);
        else if (p.edges.length) {
          const e = edges.get(p.edges[0]);
          if (e) showEdge(e.data);
        }
      });
      network.on("doubleClick", (p) => {
        if (!p.nodes.length) return;
        if (network.isCluster(p.nodes[0])) network.openCluster(p.nodes[0]);
        else expand(p.nodes[0]);
      });
      network.on("stabilized", () => network.setOptions({physics: {enabled: false}}));
    } else {
      network.setOptions({physics: {enabled: true}});
      network.stabilize(stabilisingSteps());
    }
    network.once("stabilizationIterationsDone", readable);
    group();
    legend();
  }

  // fewer layout steps for big maps: the first draw stays under two seconds
  function stabilisingSteps() { return graph.nodes.length > 200 ? 120 : 400; }

  // At first sight: the whole map if its labels can be read, else the most connected part of it,
  // zoomed so that the labels of the best-connected actors are at least LABEL_MIN_PX on screen.
  function readable() {
    network.fit({animation: false});
    const sizes = labelSizes().map((l) => l.font).sort((a, b) => b - a);
    if (!sizes.length) return;
    // the smallest label among the first ten actors of the list beside the map (it ranks by ties and
    // events; the map may draw fewer links), else the tenth largest label
    const listed = [...list.querySelectorAll("li[data-id]")].slice(0, 10)
      .filter((li) => network.body.nodes[li.dataset.id])
      .map((li) => network.body.nodes[li.dataset.id].labelModule.fontOptions.size);
    const wanted = listed.length ? Math.min(...listed) : sizes[Math.min(9, sizes.length - 1)];
    const scale = network.getScale();
    if (wanted * scale < LABEL_MIN_PX + 1) {
      const hub = [...graph.nodes].sort((a, b) => b.degree - a.degree)[0];
      network.moveTo({position: network.getPosition(hub.id), scale: Math.min((LABEL_MIN_PX + 1) / wanted, 2),
                      animation: false});
    }
  }

  // Each node's label size (font px in graph units) and its size on screen; drawn when on screen >= 12 px.
  function labelSizes() {
    const scale = network.getScale();
    return nodes.getIds().filter((id) => network.body.nodes[id]).map((id) => {
      const font = network.body.nodes[id].labelModule.fontOptions.size;
      return {id, font, px: font * scale, drawn: font * scale >= LABEL_MIN_PX};
    });
  }

  function group() {  // clustering of large maps: by community (Louvain) or by organisation
    const by = form.elements.group.value || (graph.nodes.length > 250 && !graph.focus ? "community" : "");
    if (!by) return;
    const members = new Map();
    const add = (key, n) => {
      if (!members.has(key)) members.set(key, []);
      members.get(key).push(n);
    };
    for (const n of graph.nodes) {
      const key = by === "community" ? n.community : n.organisation;
      if (key !== null && key !== undefined && n.id !== selected) add(key, n);
    }
    if (by === "organisation") {  // the organisation goes into its own group
      for (const n of graph.nodes) if (members.has(n.id) && n.id !== selected) add(n.id, n);
    }
    for (const [key, ms] of members) {
      if (ms.length < (by === "community" ? 3 : 2)) continue;
      const top = [...ms].sort((a, b) => b.degree - a.degree)[0];
      const head = by === "organisation" ? nameOf(key) : top.name;
      const ids = new Set(ms.map((n) => n.id));
      network.cluster({
        joinCondition: (n) => ids.has(n.id),
        clusterNodeProperties: {id: `cluster:${by}:${key}`, label: `${head} +${ms.length - 1}`,
          shape: "hexagon", value: ms.reduce((s, n) => s + n.degree, 0), color: "#4a5568",
          font: {color: "#1a202c"}, title: el("div", {text: `${ms.length} actors (double-click to open)`})},
      });
    }
  }

  async function expand(id) {  // the neighbours the summary left out
    const q = query();
    q.set("focus", id);
    q.set("depth", "1");
    let more;
    try { more = await getJSON("/api/graph?" + q); } catch (err) { status.textContent = err.message; return; }
    const known = new Set(nodes.getIds());
    nodes.update(more.nodes.filter((n) => !known.has(n.id) || n.id === id).map((n) => ({...nodeItem(n), more: 0, borderWidth: 1.5, shapeProperties: {borderDashes: false}})));
    edges.update(more.edges.map(edgeItem));
    graph.nodes.push(...more.nodes.filter((n) => !known.has(n.id)));
    network.setOptions({physics: {enabled: true}});
    network.stabilize(150);
    status.textContent = `${nodes.length} actors, ${edges.length} ties and event links (expanded ${nameOf(id)})`;
  }

  function nameOf(id) {
    const n = graph && graph.nodes.find((x) => x.id === id);
    return n ? n.name : id;
  }

  function legend() {
    const lg = clear(document.getElementById("legend"));
    for (const k of graph.kinds) lg.appendChild(el("span", {class: "lg"}, el("span", {class: "dot kind-" + k}), k));
    for (const t of graph.relation_types) lg.appendChild(el("span", {class: "lg"}, el("span", {class: "swatch rel-" + t}), t));
    lg.appendChild(el("span", {class: "lg"}, el("span", {class: "swatch rel-event"}), "events (dashed)"));
  }

  function setupSlider() {
    const dates = graph.dates || [];
    slider.max = String(dates.length);
    if (!dates.length) { slider.disabled = true; return; }
    slider.disabled = false;
    if (!asOf.value) slider.value = String(dates.length);
    else {
      const i = dates.findIndex((d) => d > asOf.value);
      slider.value = String(i === -1 ? dates.length : Math.max(i, 1));
    }
    asOfLabel.textContent = asOf.value ? `documents dated up to ${asOf.value}` : `all documents (${dates[0]} – ${dates[dates.length - 1]})`;
  }

  slider.addEventListener("input", () => {
    const dates = graph ? graph.dates : [];
    const i = Number(slider.value);
    asOf.value = i >= dates.length ? "" : dates[Math.max(i - 1, 0)];
    asOfLabel.textContent = asOf.value ? `documents dated up to ${asOf.value}` : "all documents";
  });
  slider.addEventListener("change", load);
  form.addEventListener("change", (ev) => { if (ev.target !== slider) load(); });
  form.addEventListener("submit", (ev) => { ev.preventDefault(); load(); });

  // ---- panel
  async function selectNode(id, announce) {
    selected = id;
    if (nodes.get(id)) {
      network.selectNodes([id]);
      network.focus(id, {scale: Math.max(network.getScale(), 1), animation: false});
    }
    if (announce) remember();
    const q = new URLSearchParams();
    if (asOf.value) q.set("as_of", asOf.value);
    clear(panel).appendChild(el("p", {class: "hint", text: "Loading…"}));
    let p;
    try {
      p = await getJSON("/api/actors/" + encodeURIComponent(id) + (q.toString() ? "?" + q : ""));
    } catch (err) {
      clear(panel).appendChild(el("p", {class: "notice", text: err.message}));
      return;
    }
    clear(panel);
    panel.appendChild(el("h2", {}, el("a", {href: actorHref(p.id), text: p.name})));
    panel.appendChild(el("p", {class: "meta"}, el("span", {class: "kind kind-" + p.kind, text: p.kind}),
      p.subkind ? " " + p.subkind : "", p.aliases.length ? " · also " + p.aliases.join(", ") : ""));
    const ego = el("button", {type: "button", class: "ego-button", text: "Only this actor and its neighbours"});
    ego.addEventListener("click", () => { boxes("ego")[0].checked = true; load(); });
    panel.appendChild(el("p", {}, el("a", {href: actorHref(p.id), class: "button", text: "Open full profile →"}), " ", ego));
    const items = [
      ...p.ties_out.map((it) => [`${it.type} → `, it.target, it.target_name, it]),
      ...p.ties_in.map((it) => [`← ${it.type} `, it.source, it.source_name, it]),
      ...p.events.map((it) => [`${it.role === "source" ? "" : "← "}${it.negated ? "not " : ""}${it.type} `,
        it.role === "source" ? it.target : it.source, it.role === "source" ? it.target_name : it.source_name, it]),
      ...p.facts.map((it) => [`${it.key}: ${Number(it.value).toLocaleString("en")}`, null, null, it]),
    ];
    if (!items.length) panel.appendChild(el("p", {class: "empty", text: "No ties, events or facts."}));
    const ol = el("ol", {class: "items"});
    for (const [what, other, otherName, it] of items) {
      ol.appendChild(el("li", {class: "item"},
        el("span", {class: "rel rel-" + it.type, text: what}),
        other ? el("a", {href: actorHref(other), text: otherName || other}) : null,
        evidence(it)));
    }
    panel.appendChild(ol);
  }

  async function showEdge(e) {
    let items = e.items;
    if (e.count > items.length) {  // the map carries the first few; the rest on demand
      const q = new URLSearchParams({kind: e.kind, type: e.type, source: e.source, target: e.target});
      if (asOf.value) q.set("as_of", asOf.value);
      try { items = (await getJSON("/api/edge?" + q)).items; } catch (err) { items = e.items; }
    }
    clear(panel);
    panel.appendChild(el("h2", {},
      el("a", {href: actorHref(e.source), text: nameOf(e.source)}),
      el("span", {class: "rel rel-" + (e.kind === "event" ? "event" : e.type), text: ` ${e.type} `}),
      el("a", {href: actorHref(e.target), text: nameOf(e.target)})));
    panel.appendChild(el("p", {class: "meta", text: `${e.kind} · ${e.count} piece(s) of evidence`}));
    const ol = el("ol", {class: "items"});
    for (const it of items) ol.appendChild(el("li", {class: "item"}, it.negated ? el("em", {text: "negated "}) : null, evidence(it)));
    panel.appendChild(ol);
  }

  // ---- how is A connected to B?
  async function findPath(from, to) {
    const q = new URLSearchParams({from, to});
    if (asOf.value) q.set("as_of", asOf.value);
    clear(panel).appendChild(el("p", {class: "hint", text: "Looking for a path…"}));
    let r;
    try { r = await getJSON("/api/path?" + q); } catch (err) {
      clear(panel).appendChild(el("p", {class: "notice", text: err.message}));
      return;
    }
    pathShown = [from, to];
    remember();
    clear(panel);
    panel.appendChild(el("h2", {class: "path-head"}, el("a", {href: actorHref(r.source.id), text: r.source.name}), " → ",
      el("a", {href: actorHref(r.target.id), text: r.target.name})));
    if (!r.path.length) {
      panel.appendChild(el("p", {class: "empty", text: "No chain of ties joins them (as of this date)."}));
      return;
    }
    panel.appendChild(el("p", {class: "meta", text: `${r.steps.length} step(s) over ties`}));
    const ol = el("ol", {class: "items path-steps"});
    for (const s of r.steps) {
      const t = s.ties[0];
      const arrow = t.source === s.source ? `${t.type} →` : `← ${t.type}`;
      ol.appendChild(el("li", {class: "item"},
        el("a", {href: actorHref(s.source), text: s.source_name}), " ",
        el("span", {class: "rel rel-" + t.type, text: arrow}), " ",
        el("a", {href: actorHref(s.target), text: s.target_name}),
        ...s.ties.slice(0, 3).map(evidence)));
    }
    panel.appendChild(ol);
    const onMap = r.path.filter((id) => nodes.get(id));
    if (network && onMap.length) network.selectNodes(onMap, true);
  }
  pathForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const from = pathForm.elements.from.value.trim(), to = pathForm.elements.to.value.trim();
    if (from && to) findPath(from, to);
  });

  // ---- find an actor: search as you type (the API: the most connected matches first)
  let typing = null, hits = [];
  search.addEventListener("input", () => {
    clearTimeout(typing);
    filterList();
    typing = setTimeout(suggest, 120);
  });
  async function suggest() {
    const text = search.value.trim();
    clear(results);
    results.hidden = !text;
    if (!text) return;
    const q = new URLSearchParams({q: text, limit: "12"});
    if (asOf.value) q.set("as_of", asOf.value);
    try { hits = (await getJSON("/api/actors?" + q)).actors; } catch (err) { hits = []; }
    if (search.value.trim() !== text) return;
    for (const a of hits) {
      const li = el("li", {role: "option", "data-id": a.id, tabindex: -1},
        el("span", {class: "dot kind-" + (a.kind || "unknown")}), a.name, el("span", {class: "deg", text: " " + a.degree}));
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); choose(a.id); });
      results.appendChild(li);
    }
    if (!hits.length) results.appendChild(el("li", {class: "empty", text: "no actor by that name"}));
  }
  search.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      const first = hits[0] ? hits[0].id : ([...list.querySelectorAll("li[data-id]")].find((li) => !li.hidden) || {}).dataset?.id;
      if (first) choose(first);
    } else if (ev.key === "Escape") { results.hidden = true; }
  });
  search.addEventListener("blur", () => { setTimeout(() => { results.hidden = true; }, 150); });

  async function choose(id) {
    results.hidden = true;
    if (!nodes.get(id)) {  // not on this map (left out, or unconnected): show it with its neighbours
      selected = id;
      boxes("ego")[0].checked = true;
      await load();
      return;
    }
    selectNode(id, true);
  }

  function filterList() {
    const q = search.value.trim().toLowerCase();
    for (const li of list.querySelectorAll("li[data-id]")) {
      const names = (li.getAttribute("data-names") || "").toLowerCase();
      li.hidden = Boolean(q) && !names.includes(q);
      li.classList.toggle("off-map", Boolean(graph) && !nodes.get(li.getAttribute("data-id")));
    }
  }

  // ---- exports of the current view
  document.getElementById("export-png").addEventListener("click", () => {
    const canvas = box.querySelector("canvas");
    const a = el("a", {href: canvas.toDataURL("image/png"), download: "kingmaker-map.png"});
    document.body.appendChild(a);
    a.click();
    a.remove();
  });

  // for the browser tests and the curious: the network and what is on screen
  window.kmMap = {get network() { return network; }, nodes, edges, labelSizes, selectNode, findPath,
                  get graph() { return graph; }};
  load();
})();
