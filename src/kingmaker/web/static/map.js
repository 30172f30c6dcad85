// The power map: nodes and edges from /api/graph (positions from the server's seeded layout)
// drawn on SVG; filters, as-of slider, search, pan/zoom, and a panel with the evidence.
"use strict";
(() => {
  const {el, svg, clear, getJSON, actorHref, evidence} = KM;
  const map = document.getElementById("map");
  const status = document.getElementById("map-status");
  const panel = document.getElementById("panel");
  const form = document.getElementById("filters");
  const asOf = document.getElementById("as_of");
  const slider = document.getElementById("as_of_slider");
  const asOfLabel = document.getElementById("as_of_label");
  const search = document.getElementById("search");
  const list = document.getElementById("actor-list");
  const params = new URLSearchParams(location.search);
  let graph = null, selected = params.get("focus"), view = {x: 0, y: 0, w: 1000, h: 700};
  const nodeEls = new Map();

  // ---- filters <-> URL
  for (const name of ["types", "kinds"]) {
    const wanted = params.get(name);
    if (wanted !== null) {
      const set = new Set(wanted.split(",").filter(Boolean));
      for (const box of form.querySelectorAll(`input[name=${name}]`)) box.checked = set.has(box.value);
    }
  }
  for (const name of ["events", "isolated"]) {
    if (params.get(name) === "0") form.querySelector(`input[name=${name}]`).checked = false;
  }

  function query() {
    const q = new URLSearchParams();
    if (asOf.value) q.set("as_of", asOf.value);
    const boxes = (name) => [...form.querySelectorAll(`input[name=${name}]`)];
    for (const name of ["types", "kinds"]) {
      const all = boxes(name), on = all.filter((b) => b.checked).map((b) => b.value);
      if (on.length !== all.length) q.set(name, on.join(",") || "none");
    }
    for (const name of ["events", "isolated"]) if (!boxes(name)[0].checked) q.set(name, "0");
    return q;
  }

  async function load() {
    const q = query();
    const shown = new URLSearchParams(q);
    if (selected) shown.set("focus", selected);
    history.replaceState(null, "", location.pathname + (shown.toString() ? "?" + shown : ""));
    status.textContent = "Loading the map…";
    try {
      graph = await getJSON("/api/graph?" + q);
    } catch (err) {
      status.textContent = "Could not load the map: " + err.message;
      return;
    }
    setupSlider();
    draw();
    filterList();
    const t = graph.truncated ? ` (${graph.truncated} less connected actors not drawn)` : "";
    status.textContent = `${graph.nodes.length} actors, ${graph.edges.length} ties and event links` +
      (graph.as_of ? ` as of ${graph.as_of}` : "") + t;
    if (selected && graph.nodes.some((n) => n.id === selected)) selectNode(selected, false);
  }

  function setupSlider() {
    const dates = graph.dates || [];
    slider.max = String(dates.length);
    if (!dates.length) { slider.disabled = true; return; }
    slider.disabled = false;
    if (!asOf.value) slider.value = String(dates.length);
    else {
      let i = dates.findIndex((d) => d > asOf.value);
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

  // ---- drawing
  function radius(n) { return 5 + 3 * Math.sqrt(n.degree); }

  function draw() {
    clear(map);
    nodeEls.clear();
    const pad = 30;
    view = {x: -pad, y: -pad, w: Math.max(graph.width, 300) + 2 * pad, h: Math.max(graph.height, 200) + 2 * pad};
    map.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
    const defs = svg("defs");
    for (const t of [...graph.relation_types, "event"]) {
      defs.appendChild(svg("marker", {id: "arrow-" + t, viewBox: "0 0 10 10", refX: 10, refY: 5,
        markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse", class: "arrow rel-" + t},
        svg("path", {d: "M 0 0 L 10 5 L 0 10 z"})));
    }
    map.appendChild(defs);
    const pos = new Map(graph.nodes.map((n) => [n.id, {x: n.x, y: n.y, n}]));
    const edgeLayer = svg("g", {class: "edges"});
    const pairCount = new Map();
    for (const e of graph.edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b) continue;
      const key = [e.source, e.target].sort().join("\u0000");
      const k = pairCount.get(key) || 0;
      pairCount.set(key, k + 1);
      // parallel edges between one pair bend apart
      const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
      const bend = k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 18;
      const rb = radius(b.n) + 2;
      const ex = b.x - dx / len * rb, ey = b.y - dy / len * rb;
      const mx = (a.x + ex) / 2 - dy / len * bend, my = (a.y + ey) / 2 + dx / len * bend;
      const t = e.kind === "event" ? "event" : e.type;
      const label = `${nameOf(e.source)} ${e.type} ${nameOf(e.target)} (${e.count})`;
      const path = svg("path", {
        d: `M ${a.x} ${a.y} Q ${mx} ${my} ${ex} ${ey}`,
        class: `edge rel-${t}${e.negated ? " negated" : ""}`,
        "stroke-width": Math.min(1.5 + e.count, 6),
        "marker-end": e.directed ? `url(#arrow-${t})` : null,
        tabindex: 0, role: "button", "aria-label": label, "data-id": e.id,
      }, svg("title", {text: label}));
      path.addEventListener("click", (ev) => { ev.stopPropagation(); showEdge(e); });
      path.addEventListener("keydown", (ev) => { if (ev.key === "Enter") showEdge(e); });
      edgeLayer.appendChild(path);
    }
    map.appendChild(edgeLayer);
    const nodeLayer = svg("g", {class: "nodes"});
    for (const {x, y, n} of pos.values()) {
      const g = svg("g", {class: `node kind-${n.kind || "unknown"}`, transform: `translate(${x},${y})`,
        tabindex: 0, role: "button", "aria-label": `${n.name} (${n.kind})`, "data-id": n.id},
        svg("circle", {r: radius(n)}),
        svg("text", {x: radius(n) + 3, y: 4, text: n.name}),
        svg("title", {text: `${n.name} · ${n.kind}${n.subkind ? " / " + n.subkind : ""} · ${n.degree} links`}));
      g.addEventListener("click", (ev) => { ev.stopPropagation(); selectNode(n.id, true); });
      g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") selectNode(n.id, true); });
      nodeEls.set(n.id, g);
      nodeLayer.appendChild(g);
    }
    map.appendChild(nodeLayer);
    legend();
  }

  function nameOf(id) {
    const n = graph.nodes.find((x) => x.id === id);
    return n ? n.name : id;
  }

  function legend() {
    const box = clear(document.getElementById("legend"));
    for (const k of graph.kinds) box.appendChild(el("span", {class: "lg"}, el("span", {class: "dot kind-" + k}), k));
    for (const t of graph.relation_types) box.appendChild(el("span", {class: "lg"}, el("span", {class: "swatch rel-" + t}), t));
    box.appendChild(el("span", {class: "lg"}, el("span", {class: "swatch rel-event"}), "events"));
  }

  // ---- panel
  async function selectNode(id, announce) {
    selected = id;
    for (const [nid, g] of nodeEls) g.classList.toggle("selected", nid === id);
    const q = query();
    q.delete("types"); q.delete("kinds"); q.delete("events"); q.delete("isolated");
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
    panel.appendChild(el("p", {}, el("a", {href: actorHref(p.id), class: "button", text: "Open full profile →"})));
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
    if (announce) {
      const shown = new URLSearchParams(location.search);
      shown.set("focus", id);
      history.replaceState(null, "", location.pathname + "?" + shown);
    }
  }

  function showEdge(e) {
    clear(panel);
    panel.appendChild(el("h2", {},
      el("a", {href: actorHref(e.source), text: nameOf(e.source)}),
      el("span", {class: "rel rel-" + (e.kind === "event" ? "event" : e.type), text: ` ${e.type} `}),
      el("a", {href: actorHref(e.target), text: nameOf(e.target)})));
    panel.appendChild(el("p", {class: "meta", text: `${e.kind} · ${e.count} piece(s) of evidence`}));
    const ol = el("ol", {class: "items"});
    for (const it of e.items) ol.appendChild(el("li", {class: "item"}, it.negated ? el("em", {text: "negated "}) : null, evidence(it)));
    panel.appendChild(ol);
  }

  // ---- search (list and map)
  function filterList() {
    const q = search.value.trim().toLowerCase();
    const onMap = graph ? new Set(graph.nodes.map((n) => n.id)) : null;
    for (const li of list.querySelectorAll("li[data-id]")) {
      const names = (li.getAttribute("data-names") || "").toLowerCase();
      const hit = !q || names.includes(q);
      li.hidden = !hit;
      li.classList.toggle("off-map", onMap !== null && !onMap.has(li.getAttribute("data-id")));
      const g = nodeEls.get(li.getAttribute("data-id"));
      if (g) g.classList.toggle("match", Boolean(q) && hit);
    }
    if (q) for (const [id, g] of nodeEls) if (!list.querySelector(`li[data-id="${CSS.escape(id)}"]`)) g.classList.remove("match");
  }
  search.addEventListener("input", filterList);
  search.addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter") return;
    const first = [...list.querySelectorAll("li[data-id]")].find((li) => !li.hidden);
    if (first) selectNode(first.getAttribute("data-id"), true);
  });

  // ---- pan and zoom
  let drag = null;
  map.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest(".node, .edge")) return;
    drag = {x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y};
    map.setPointerCapture(ev.pointerId);
  });
  map.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const s = view.w / map.clientWidth;
    view.x = drag.vx - (ev.clientX - drag.x) * s;
    view.y = drag.vy - (ev.clientY - drag.y) * s;
    map.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  });
  map.addEventListener("pointerup", () => { drag = null; });
  map.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const f = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
    const r = map.getBoundingClientRect();
    const px = view.x + (ev.clientX - r.left) / r.width * view.w;
    const py = view.y + (ev.clientY - r.top) / r.height * view.h;
    view = {x: px - (px - view.x) * f, y: py - (py - view.y) * f, w: view.w * f, h: view.h * f};
    map.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  }, {passive: false});

  load();
})();
