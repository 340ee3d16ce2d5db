/* kg: interactive knowledge-graph page (inlined by kg.viz.html; no network access).
 * Rule: text from the data goes into the DOM through textContent only, never innerHTML,
 * and links are made only from http(s) URLs. Hooks for tests: window.kgNetwork,
 * kgNodes / kgEdges (vis.DataSet of everything), kgNodeView / kgEdgeView (what is drawn),
 * kgReady / kgRenderMs (set after the first drawing), kgShow(id) (open the detail panel). */
(function () {
  "use strict";
  var T0 = performance.now();
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var META = DATA.meta;
  var PAPERS = DATA.papers || {};
  var TREND_COLORS = {
    emerging: "#d62728", new: "#9467bd", rising: "#ff7f0e", growing: "#ff7f0e",
    stable: "#7f7f7f", steady: "#7f7f7f", declining: "#1f77b4", fading: "#17becf"
  };
  var TREND_PALETTE = ["#2ca02c", "#bcbd22", "#8c564b", "#e377c2", "#17becf", "#9467bd"];
  var NO_TREND = "#d0d0d0";
  var EDGE_GROUPS = [
    { id: "relation", name: "relations", test: function (k) { return META.relation_types.indexOf(k) >= 0; } },
    { id: "co_mention", name: "co-mention", test: function (k) { return k === "co_mention"; } },
    { id: "broader", name: "family (broader)", test: function (k) { return k === "broader"; } },
    { id: "paper", name: "paper mentions", test: function (k) { return k === "mentions" || k === "proposes"; } }
  ];
  var KIND_NAMES = { co_mention: "co-mentioned with", broader: "member of family", mentions: "mentions", proposes: "proposes" };

  // ------------------------------------------------------------------ small DOM helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }
  function svgEl(tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  function safeHref(u) {
    if (typeof u !== "string") return null;
    try {
      var p = new URL(u);
      return (p.protocol === "http:" || p.protocol === "https:") ? p.href : null;
    } catch (err) { return null; }
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function darker(hex) {
    var m = /^#([0-9a-f]{6})$/i.exec(hex);
    if (!m) return "#333333";
    var v = parseInt(m[1], 16), r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255;
    function d(c) { return ("0" + Math.round(c * 0.7).toString(16)).slice(-2); }
    return "#" + d(r) + d(g) + d(b);
  }
  function nodeColor(c) {
    return { background: c, border: darker(c), highlight: { background: c, border: "#111111" },
             hover: { background: c, border: "#111111" } };
  }

  // ------------------------------------------------------------------ state
  var years = META.years;
  var state = {
    types: {}, groups: {}, from: years ? years[0] : null, to: years ? years[1] : null,
    undated: true, color: "type", size: "papers",
    edgeLabels: (META.edge_kinds && relationCount() <= 300), paperLabels: false,
    focus: null  // {id: true} of the selected node and its neighbours; others are dimmed
  };
  function relationCount() {
    var n = 0;
    for (var k in META.edge_kinds) if (META.relation_types.indexOf(k) >= 0) n += META.edge_kinds[k];
    return n;
  }
  META.types.forEach(function (t) { state.types[t.name] = true; });
  state.types.__paper__ = true;
  EDGE_GROUPS.forEach(function (g) { state.groups[g.id] = true; });
  // thousands of grey co-mention lines hide the typed relations of a big graph: off at first there
  if (DATA.nodes.length > 800) state.groups.co_mention = false;
  var typeColor = {};
  META.types.forEach(function (t) { typeColor[t.name] = t.color; });
  var trendColor = {};
  META.trend_classes.forEach(function (c, i) {
    trendColor[c] = TREND_COLORS[String(c).toLowerCase()] || TREND_PALETTE[i % TREND_PALETTE.length];
  });

  function edgeGroup(kind) {
    for (var i = 0; i < EDGE_GROUPS.length; i++) if (EDGE_GROUPS[i].test(kind)) return EDGE_GROUPS[i].id;
    return "relation";
  }
  function fullPeriod() { return !years || (state.from <= years[0] && state.to >= years[1]); }
  function periodPapers(kg) {
    var n = 0;
    for (var i = 0; i < kg.years.length; i++) {
      var y = kg.years[i][0];
      if (y >= state.from && y <= state.to) n += kg.years[i][1];
    }
    if (state.undated) n += kg.undated;
    return n;
  }
  function inPeriod(item) {
    var kg = item.kg;
    if (kg.kind === "paper") {
      if (kg.year === null) return state.undated;
      return !years || (kg.year >= state.from && kg.year <= state.to);
    }
    if (fullPeriod() && state.undated) return true;
    if (!years) return state.undated;
    if (kg.years.length === 0 && kg.undated === 0) return fullPeriod();  // never mentioned
    return periodPapers(kg) > 0;
  }
  function nodeVisible(item) {
    var key = item.kg.kind === "paper" ? "__paper__" : item.kg.type;
    return state.types[key] !== false && inPeriod(item);
  }

  var FADED = { background: "#eceff1", border: "#d5dade", highlight: { background: "#eceff1", border: "#111111" },
                hover: { background: "#eceff1", border: "#8c959f" } };
  function styleFor(raw) {
    var s = baseStyle(raw);
    var dim = state.focus && !state.focus[raw.id];
    if (dim) s.color = FADED;
    s.font = dim ? { color: "rgba(31,35,40,0.16)", strokeWidth: 0 }
      : { color: raw.kg.kind === "paper" ? "#555555" : "#1f2328", strokeWidth: 3, strokeColor: "#ffffff" };
    if (raw.kg.kind === "paper") s.font.size = 10;
    return s;
  }
  function baseStyle(raw) {
    var kg = raw.kg;
    if (kg.kind === "paper") {
      return { color: nodeColor(META.paper_color), size: 5, value: undefined,
               label: state.paperLabels ? shortTitle(raw.id) : "" };
    }
    var c = state.color === "trend"
      ? (kg.trend_class !== null ? trendColor[kg.trend_class] : NO_TREND)
      : (typeColor[kg.type] || "#7f7f7f");
    var v;
    if (state.size === "growth") v = kg.trend_score === null ? minTrend : kg.trend_score;
    else if (state.size === "period") v = periodPapers(kg);
    else v = kg.papers;
    return { color: nodeColor(c), value: v, label: raw.label };
  }
  var minTrend = 0;
  (function () {
    var first = true;
    DATA.nodes.forEach(function (n) {
      if (n.kg.kind === "entity" && n.kg.trend_score !== null) {
        if (first || n.kg.trend_score < minTrend) minTrend = n.kg.trend_score;
        first = false;
      }
    });
  })();
  function shortTitle(id) {
    var p = PAPERS[id];
    var t = p ? p.title : id;
    return t.length > 48 ? t.slice(0, 46) + "\u2026" : t;
  }

  // ------------------------------------------------------------------ data sets
  var rawById = {};
  var nodeItems = DATA.nodes.map(function (n) {
    rawById[n.id] = n;
    var s = styleFor(n);
    var item = { id: n.id, label: s.label, x: n.x, y: n.y, shape: n.shape, color: s.color, font: s.font, kg: n.kg };
    if (s.value !== undefined) item.value = s.value; else item.size = s.size;
    return item;
  });
  function edgeColor(e) {
    var faint = e.kg.kind === "co_mention" || e.kg.kind === "mentions";
    return { color: e.color, highlight: faint ? "rgba(60,60,60,0.55)" : e.color, hover: "#57606a" };
  }
  var edgeItems = DATA.edges.map(function (e) {
    var item = {
      id: e.id, from: e.from, to: e.to, color: edgeColor(e),
      width: e.width, arrows: e.arrows, dashes: !!e.dashes, kg: e.kg
    };
    if (e.label && state.edgeLabels) item.label = e.label;
    return item;
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return state.groups[edgeGroup(e.kg.kind)] !== false; } });

  var big = DATA.nodes.length > 800;
  var options = {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: {
      hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
      navigationButtons: false, keyboard: false, multiselect: false
    },
    nodes: {
      shape: "dot", borderWidth: 1, borderWidthSelected: 3,
      font: { size: 14, face: "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif",
              color: "#1f2328", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: {
        min: 6, max: 36,
        label: { enabled: true, min: 10, max: 34, drawThreshold: 9, maxVisible: 32 },
        customScalingFunction: function (min, max, total, value) {
          if (max === min) return 0.35;
          var r = (value - min) / (max - min);
          return Math.sqrt(Math.max(0, Math.min(1, r)));
        }
      }
    },
    edges: {
      smooth: false, selectionWidth: 1, hoverWidth: 0.5,
      font: { size: 10, color: "#444444", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      arrows: { to: { scaleFactor: 0.5 } }
    }
  };
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgNodeView = nodeView;
  window.kgEdgeView = edgeView;
  window.kgReady = false;
  network.once("afterDrawing", function () {
    window.kgRenderMs = Math.round(performance.now() - T0);
    window.kgReady = true;
  });

  // ------------------------------------------------------------------ landmark labels
  // Zoomed out on a big graph, every label is under vis-network's drawThreshold and the
  // page is a cloud of unlabelled dots. The largest visible entities get their label
  // drawn here at a readable screen size, largest first, skipping any that would overlap
  // one already drawn; as the user zooms in, vis-network's own labels take over.
  var LANDMARKS = 40, LABEL_THRESHOLD = options.nodes.scaling.label.drawThreshold;
  window.kgLandmarks = [];
  function drawnByVis(id, scale) {
    var node = network.body.nodes[id];
    var size = node && node.labelModule && node.labelModule.fontOptions ? node.labelModule.fontOptions.size : 0;
    return size * scale >= LABEL_THRESHOLD;
  }
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale();
    var shown = [];
    nodeView.forEach(function (n) {
      if (n.kg.kind === "entity" && n.label && !(state.focus && !state.focus[n.id])) shown.push(n);
    });
    shown.sort(function (a, b) { return (b.value || 0) - (a.value || 0) || (a.id < b.id ? -1 : 1); });
    var boxes = [], drawn = [];
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    for (var i = 0; i < shown.length && drawn.length < LANDMARKS; i++) {
      var n = shown[i], body = network.body.nodes[n.id];
      if (!body || drawnByVis(n.id, scale)) continue;
      var px = 15 - Math.min(4, Math.floor(drawn.length / 10));  // screen pixels: 15 for the first ten, down to 11
      ctx.font = "600 " + (px / scale) + "px system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif";
      var w = ctx.measureText(n.label).width, h = px / scale;
      var x = body.x, y = body.y + (body.shape && body.shape.radius ? body.shape.radius : 0) + 2 / scale;
      var box = [x - w / 2, y, x + w / 2, y + h];
      var clash = boxes.some(function (b) { return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]; });
      if (clash) continue;
      boxes.push(box);
      ctx.lineWidth = 4 / scale;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(n.label, x, y);
      ctx.fillStyle = "#1f2328";
      ctx.fillText(n.label, x, y);
      drawn.push(n.label);
    }
    ctx.restore();
    window.kgLandmarks = drawn;
  });

  // ------------------------------------------------------------------ refresh after a control changes
  function restyle() {
    nodes.update(DATA.nodes.map(function (n) {
      var s = styleFor(n);
      var u = { id: n.id, color: s.color, label: s.label, font: s.font };
      if (s.value !== undefined) u.value = s.value;
      return u;
    }));
  }
  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    if (state.size === "period") restyle();
    var shownEntities = 0, shownPapers = 0;
    nodeView.forEach(function (n) { if (n.kg.kind === "paper") shownPapers++; else shownEntities++; });
    var text = fmt(shownEntities) + " of " + fmt(META.entities_shown) + " entities visible";
    if (META.paper_nodes) text += ", " + fmt(shownPapers) + " papers";
    document.getElementById("kg-visible").textContent = text + ".";
    document.getElementById("kg-empty").hidden = nodeView.length > 0;
  }

  // ------------------------------------------------------------------ controls
  function swatch(color, shape) {
    var s = el("span", "swatch" + (shape ? " " + shape : ""));
    if (shape && shape.indexOf("line") === 0) s.style.borderTopColor = color;
    else s.style.background = color;
    return s;
  }
  function checkRow(value, color, shape, name, count, checked, onChange) {
    var row = el("label", "row");
    var cb = el("input");
    cb.type = "checkbox";
    cb.value = value;
    cb.checked = checked;
    cb.addEventListener("change", function () { onChange(cb.checked); });
    row.appendChild(cb);
    row.appendChild(swatch(color, shape));
    row.appendChild(el("span", null, name));
    if (count !== null) row.appendChild(el("span", "count", fmt(count)));
    return row;
  }
  var typeBox = document.getElementById("kg-types");
  META.types.forEach(function (t) {
    typeBox.appendChild(checkRow(t.name, t.color, null, t.name, t.count, true, function (on) {
      state.types[t.name] = on; refresh();
    }));
  });
  if (META.paper_nodes) {
    typeBox.appendChild(checkRow("__paper__", META.paper_color, "square", "Paper", META.paper_nodes, true, function (on) {
      state.types.__paper__ = on; refresh();
    }));
  }
  var linkBox = document.getElementById("kg-links");
  var groupCounts = {};
  DATA.edges.forEach(function (e) { var g = edgeGroup(e.kg.kind); groupCounts[g] = (groupCounts[g] || 0) + 1; });
  EDGE_GROUPS.forEach(function (g) {
    if (!groupCounts[g.id]) return;
    var color = g.id === "relation" ? "#7b3294" : META.edge_colors[g.id === "paper" ? "mentions" : g.id];
    var shape = g.id === "broader" ? "line dashed" : "line";
    linkBox.appendChild(checkRow(g.id, color, shape, g.name, groupCounts[g.id], state.groups[g.id], function (on) {
      state.groups[g.id] = on; refresh();
    }));
  });
  if (groupCounts.relation) {
    var rel = el("div", "small");
    META.relation_types.forEach(function (r) {
      if (!META.edge_kinds[r]) return;
      var line = el("div");
      line.appendChild(swatch(META.edge_colors[r], "line"));
      line.appendChild(document.createTextNode(" " + r + " (" + fmt(META.edge_kinds[r]) + ")"));
      rel.appendChild(line);
    });
    linkBox.appendChild(rel);
  }

  var fromInput = document.getElementById("kg-year-from");
  var toInput = document.getElementById("kg-year-to");
  var undatedInput = document.getElementById("kg-undated");
  function showYears() {
    document.getElementById("kg-year-from-out").textContent = String(state.from);
    document.getElementById("kg-year-to-out").textContent = String(state.to);
  }
  if (years) {
    [fromInput, toInput].forEach(function (inp) {
      inp.min = String(years[0]); inp.max = String(years[1]); inp.step = "1";
    });
    fromInput.value = String(years[0]);
    toInput.value = String(years[1]);
    showYears();
    fromInput.addEventListener("input", function () {
      state.from = parseInt(fromInput.value, 10);
      if (state.from > state.to) { state.to = state.from; toInput.value = String(state.to); }
      showYears(); refresh();
    });
    toInput.addEventListener("input", function () {
      state.to = parseInt(toInput.value, 10);
      if (state.to < state.from) { state.from = state.to; fromInput.value = String(state.from); }
      showYears(); refresh();
    });
    document.getElementById("kg-period-note").textContent =
      "An entity is shown if a paper from these years mentions it.";
  } else {
    fromInput.disabled = toInput.disabled = true;
    document.getElementById("kg-period-note").textContent = "No dated papers.";
  }
  undatedInput.addEventListener("change", function () { state.undated = undatedInput.checked; refresh(); });

  var colorSelect = document.getElementById("kg-color");
  var sizeSelect = document.getElementById("kg-size");
  if (!META.trend_classes.length) colorSelect.querySelector("option[value=trend]").disabled = true;
  if (!META.has_trend_score) sizeSelect.querySelector("option[value=growth]").disabled = true;
  function trendLegend() {
    var box = document.getElementById("kg-trend-legend");
    clear(box);
    if (state.color !== "trend") return;
    META.trend_classes.forEach(function (c) {
      var line = el("div", "row");
      line.appendChild(swatch(trendColor[c]));
      line.appendChild(el("span", null, c));
      box.appendChild(line);
    });
    var none = el("div", "row");
    none.appendChild(swatch(NO_TREND));
    none.appendChild(el("span", null, "no trend class"));
    box.appendChild(none);
  }
  colorSelect.addEventListener("change", function () { state.color = colorSelect.value; trendLegend(); restyle(); });
  sizeSelect.addEventListener("change", function () { state.size = sizeSelect.value; restyle(); });
  var edgeLabelInput = document.getElementById("kg-edge-labels");
  edgeLabelInput.checked = !!state.edgeLabels;
  edgeLabelInput.addEventListener("change", function () {
    state.edgeLabels = edgeLabelInput.checked;
    edges.update(DATA.edges.filter(function (e) { return e.label; }).map(function (e) {
      return { id: e.id, label: state.edgeLabels ? e.label : "" };
    }));
  });
  var paperLabelInput = document.getElementById("kg-paper-labels");
  if (!META.paper_nodes) paperLabelInput.parentNode.hidden = true;
  paperLabelInput.addEventListener("change", function () { state.paperLabels = paperLabelInput.checked; restyle(); });

  // ------------------------------------------------------------------ search
  var names = document.getElementById("kg-names");
  var entityList = DATA.nodes.filter(function (n) { return n.kg.kind === "entity"; });
  entityList.forEach(function (n) {
    var o = el("option");
    o.value = n.label;
    names.appendChild(o);
  });
  function findNode(q) {
    q = q.trim().toLowerCase();
    if (!q) return null;
    var tests = [
      function (n) { return n.label.toLowerCase() === q; },
      function (n) { return n.kg.aliases.some(function (a) { return a.toLowerCase() === q; }); },
      function (n) { return n.label.toLowerCase().indexOf(q) === 0; },
      function (n) { return n.label.toLowerCase().indexOf(q) >= 0; },
      function (n) { return n.kg.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; }); }
    ];
    for (var i = 0; i < tests.length; i++) {
      var hits = entityList.filter(tests[i]);
      if (hits.length) {
        hits.sort(function (a, b) { return b.kg.papers - a.kg.papers; });
        return hits[0];
      }
    }
    return null;
  }
  var searchInput = document.getElementById("kg-search");
  var searchStatus = document.getElementById("kg-search-status");
  function search() {
    var hit = findNode(searchInput.value);
    if (!hit) {
      searchStatus.textContent = searchInput.value.trim() ? "No shown entity matches." : "";
      return;
    }
    focusNode(hit.id);
    searchStatus.textContent = nodeView.get(hit.id) ? "Found: " + hit.label
      : hit.label + " is hidden by the current filters.";
  }
  function setFocus(ids) {
    if (ids && ids.length) {
      state.focus = {};
      ids.forEach(function (id) {
        state.focus[id] = true;
        network.getConnectedNodes(id).forEach(function (m) { state.focus[m] = true; });
      });
    } else {
      if (!state.focus) return;
      state.focus = null;
    }
    restyle();
    var roots = {};
    (ids || []).forEach(function (id) { roots[id] = true; });
    edges.update(DATA.edges.map(function (e) {
      var faded = state.focus && !roots[e.from] && !roots[e.to];
      return { id: e.id, color: faded ? FADED_EDGE : edgeColor(e) };
    }));
  }
  var FADED_EDGE = { color: "rgba(180,180,180,0.12)", highlight: "rgba(180,180,180,0.12)", hover: "#57606a" };
  function focusNode(id) {
    if (nodeView.get(id)) {
      network.selectNodes([id]);
      setFocus([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
    }
    showNode(id);
  }
  searchInput.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ev.preventDefault(); search(); } });
  searchInput.addEventListener("change", search);

  // ------------------------------------------------------------------ tooltip (hover)
  var tip = document.getElementById("kg-tip");
  function line(cls, text) { return el("div", cls, text); }
  function seenText(kg) {
    if (!kg.first_seen) return "";
    return kg.first_seen === kg.last_seen ? "seen " + kg.first_seen : "seen " + kg.first_seen + " \u2013 " + kg.last_seen;
  }
  function showTip(pointer, build) {
    clear(tip);
    build(tip);
    tip.hidden = false;
    var stage = container.getBoundingClientRect();
    var x = pointer.x + 14, y = pointer.y + 14;
    if (x + tip.offsetWidth > stage.width) x = Math.max(0, pointer.x - tip.offsetWidth - 10);
    if (y + tip.offsetHeight > stage.height) y = Math.max(0, pointer.y - tip.offsetHeight - 10);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  network.on("hoverNode", function (p) {
    var n = rawById[p.node];
    if (!n) return;
    showTip(p.pointer.DOM, function (box) {
      if (n.kg.kind === "paper") {
        var paper = PAPERS[n.id] || {};
        box.appendChild(line("t", paper.title || n.id));
        box.appendChild(line("m", [paper.date || "undated"].concat(paper.authors ? paper.authors.slice(0, 3) : []).join(" \u00b7 ")));
        return;
      }
      box.appendChild(line("t", n.label));
      var bits = [n.kg.type, fmt(n.kg.papers) + (n.kg.papers === 1 ? " paper" : " papers")];
      if (n.kg.trend_class !== null) bits.push(n.kg.trend_class);
      box.appendChild(line("m", bits.join(" \u00b7 ")));
      var seen = seenText(n.kg);
      if (seen) box.appendChild(line("m", seen));
    });
  });
  network.on("hoverEdge", function (p) {
    var e = edges.get(p.edge);
    if (!e) return;
    showTip(p.pointer.DOM, function (box) {
      box.appendChild(line("t", labelOf(e.from) + " \u2192 " + (KIND_NAMES[e.kg.kind] || e.kg.kind) + " \u2192 " + labelOf(e.to)));
      box.appendChild(line("m", edgeNumbers(e.kg)));
      if (e.kg.evidence.length) box.appendChild(line(null, "\u201c" + e.kg.evidence[0].sentence + "\u201d"));
    });
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (ev) { network.on(ev, function () { tip.hidden = true; }); });

  function labelOf(id) {
    var n = rawById[id];
    if (!n) return id;
    return n.kg.kind === "paper" ? shortTitle(id) : n.label;
  }
  function edgeNumbers(kg) {
    var out = [];
    if (kg.kind === "co_mention" && kg.weight !== null) out.push(fmt(kg.weight) + (kg.weight === 1 ? " paper" : " papers") + " mention both");
    if (kg.support !== null && kg.support !== undefined) out.push("support " + fmt(kg.support) + (kg.support === 1 ? " paper" : " papers"));
    if (kg.confidence !== null) out.push("confidence " + kg.confidence);
    if (kg.count !== null && kg.count !== undefined) out.push(fmt(kg.count) + " mention" + (kg.count === 1 ? "" : "s"));
    return out.join(" \u00b7 ");
  }

  // ------------------------------------------------------------------ detail panel (click / search)
  var detail = document.getElementById("kg-detail");
  function dlRow(dl, key, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", null, key));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }
  function nodeButton(id) {
    var b = el("button", "linklike", labelOf(id));
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function paperItem(pid) {
    var li = el("li");
    var p = PAPERS[pid];
    if (!p) { li.textContent = pid || "unknown paper"; return li; }
    var href = safeHref(p.url);
    if (href) {
      var a = el("a", null, p.title || pid);
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      li.appendChild(a);
    } else {
      li.appendChild(el("span", "paper-title", p.title || pid));
    }
    var meta = [p.date || "undated"];
    if (p.authors && p.authors.length) meta.push(p.authors.slice(0, 3).join(", ") + (p.authors.length > 3 ? " et al." : ""));
    li.appendChild(el("div", "small", meta.join(" \u00b7 ")));
    return li;
  }
  function evidenceBlock(box, items) {
    items.forEach(function (ev) {
      box.appendChild(el("blockquote", "evidence", ev.sentence));
      if (ev.paper && PAPERS[ev.paper]) {
        var src = el("div", "small");
        src.textContent = "\u2014 " + (PAPERS[ev.paper].title || ev.paper) + (ev.rule ? " (rule " + ev.rule + ")" : "");
        box.appendChild(src);
      }
    });
  }
  function showNode(id) {
    var n = rawById[id];
    if (!n) return;
    clear(detail);
    if (!nodeView.get(id)) detail.appendChild(el("p", "small", "Hidden by the current filters."));
    if (n.kg.kind === "paper") {
      var p = PAPERS[id] || { title: id, authors: [] };
      detail.appendChild(el("h2", "detail-title", p.title || id));
      var dlp = el("dl");
      dlRow(dlp, "Date", p.date || "undated");
      dlRow(dlp, "Authors", (p.authors || []).join(", "));
      dlRow(dlp, "Id", id.replace(/^paper:/, ""));
      var href = safeHref(p.url);
      if (href) {
        var a = el("a", null, href);
        a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
        dlRow(dlp, "Link", a);
      }
      detail.appendChild(dlp);
      listNeighbours(id);
      return;
    }
    var kg = n.kg;
    detail.appendChild(el("h2", "detail-title", n.label));
    var badge = el("span", "badge", kg.type);
    badge.style.background = typeColor[kg.type] || "#7f7f7f";
    detail.appendChild(badge);
    var dl = el("dl");
    dlRow(dl, "Aliases", kg.aliases.filter(function (a) { return a !== n.label; }).join("; ") || "\u2014");
    dlRow(dl, "Papers", fmt(kg.papers));
    dlRow(dl, "Mentions", fmt(kg.mentions));
    dlRow(dl, "First seen", kg.first_seen || "\u2014");
    dlRow(dl, "Last seen", kg.last_seen || "\u2014");
    if (kg.trend_class !== null) dlRow(dl, "Trend", kg.trend_class + (kg.trend_score !== null ? " (score " + kg.trend_score + ")" : ""));
    else if (kg.trend_score !== null) dlRow(dl, "Trend score", kg.trend_score);
    if (kg.family) dlRow(dl, "Family", kg.family);
    if (kg.years.length) dlRow(dl, "Per year", kg.years.map(function (yc) { return yc[0] + ": " + yc[1]; }).join(", "));
    detail.appendChild(dl);
    if (META.periods && kg.series) {
      detail.appendChild(el("h3", null, "Over time"));
      detail.appendChild(trendLine(kg.series));
    }
    listNeighbours(id);
    if (kg.recent.length) {
      detail.appendChild(el("h3", null, kg.papers > kg.recent.length ? "Latest " + kg.recent.length + " papers" : "Papers"));
      var ul = el("ul");
      kg.recent.forEach(function (pid) { ul.appendChild(paperItem(pid)); });
      detail.appendChild(ul);
    }
  }
  // an entity's papers per 1,000 papers in each period of the corpus (the measure of
  // trends.csv), drawn from its paper counts; each point's tooltip gives the counts. Periods
  // with too few papers for a share (a partial last month) are left out, as the trends do.
  function trendLine(series) {
    var periods = META.periods, totals = META.period_totals, thin = META.period_thin || [];
    var rates = series.map(function (c, i) { return thin[i] || !totals[i] ? null : 1000 * c / totals[i]; });
    var peakAt = -1;
    rates.forEach(function (r, i) { if (r !== null && (peakAt < 0 || r > rates[peakAt])) peakAt = i; });
    var w = 300, h = 64, pad = 4, top = peakAt >= 0 && rates[peakAt] > 0 ? rates[peakAt] : 1;
    var step = (w - 2 * pad) / Math.max(1, rates.length - 1);
    function x(i) { return (pad + i * step).toFixed(1); }
    function y(r) { return (h - pad - (h - 2 * pad) * r / top).toFixed(1); }
    var shown = rates.filter(function (r) { return r !== null; }).length;
    var caption = "Papers per 1,000, per " + META.period + ", " + periods[0] + " to " + periods[periods.length - 1] +
      (peakAt >= 0 ? "; peak " + rates[peakAt].toFixed(1) + " in " + periods[peakAt] : "") +
      (shown < periods.length ? "; " + (periods.length - shown) + " with too few papers left out" : "");
    var svg = svgEl("svg", { width: w, height: h, viewBox: "0 0 " + w + " " + h, role: "img",
                             "aria-label": caption, "class": "kg-trend-line" });
    svg.appendChild(svgEl("line", { x1: pad, y1: h - pad, x2: w - pad, y2: h - pad, stroke: "#d1d9e0" }));
    var run = [];
    function endRun() {
      if (run.length > 1) svg.appendChild(svgEl("polyline", { fill: "none", stroke: "#0969da", "stroke-width": 1.5, points: run.join(" ") }));
      run = [];
    }
    rates.forEach(function (r, i) {
      if (r === null) { endRun(); return; }
      run.push(x(i) + "," + y(r));
      var dot = svgEl("circle", { cx: x(i), cy: y(r), r: 2.5, fill: "#0969da" });
      var tip = svgEl("title", {});
      tip.textContent = periods[i] + ": " + fmt(series[i]) + " of " + fmt(totals[i]) + " papers (" + r.toFixed(1) + " per 1,000)";
      dot.appendChild(tip);
      svg.appendChild(dot);
    });
    endRun();
    var figure = el("figure", "kg-trend");
    figure.appendChild(svg);
    figure.appendChild(el("figcaption", null, caption));
    return figure;
  }
  function listNeighbours(id) {
    var connected = edges.get({ filter: function (e) { return e.from === id || e.to === id; } });
    var rels = connected.filter(function (e) { var g = edgeGroup(e.kg.kind); return g === "relation" || g === "broader"; });
    var co = connected.filter(function (e) { return e.kg.kind === "co_mention"; })
      .sort(function (a, b) { return (b.kg.weight || 0) - (a.kg.weight || 0); });
    var pm = connected.filter(function (e) { return edgeGroup(e.kg.kind) === "paper"; });
    if (rels.length) {
      detail.appendChild(el("h3", null, "Relations"));
      var ul = el("ul");
      rels.forEach(function (e) {
        var li = el("li");
        var outgoing = e.from === id;
        li.appendChild(document.createTextNode(outgoing ? (KIND_NAMES[e.kg.kind] || e.kg.kind) + " " : ""));
        li.appendChild(nodeButton(outgoing ? e.to : e.from));
        if (!outgoing) li.appendChild(document.createTextNode(" " + (KIND_NAMES[e.kg.kind] || e.kg.kind) + " this"));
        var nums = edgeNumbers(e.kg);
        if (nums) li.appendChild(el("div", "small", nums));
        evidenceBlock(li, e.kg.evidence);
        ul.appendChild(li);
      });
      detail.appendChild(ul);
    }
    if (co.length) {
      detail.appendChild(el("h3", null, "Often mentioned with"));
      var ul2 = el("ul");
      co.slice(0, 10).forEach(function (e) {
        var li = el("li");
        li.appendChild(nodeButton(e.from === id ? e.to : e.from));
        li.appendChild(el("span", "small", " " + fmt(e.kg.weight || 0)));
        ul2.appendChild(li);
      });
      detail.appendChild(ul2);
    }
    if (pm.length && rawById[id].kg.kind === "paper") {
      detail.appendChild(el("h3", null, "Entities"));
      var ul3 = el("ul");
      pm.forEach(function (e) {
        var li = el("li");
        li.appendChild(nodeButton(e.to));
        if (e.kg.kind === "proposes") li.appendChild(el("span", "small", " (proposed)"));
        if (e.kg.evidence.length && e.kg.kind === "mentions") li.appendChild(el("div", "small evidence", e.kg.evidence[0].sentence));
        ul3.appendChild(li);
      });
      detail.appendChild(ul3);
    }
  }
  function showEdge(eid) {
    var e = edges.get(eid);
    if (!e) return;
    clear(detail);
    detail.appendChild(el("h2", "detail-title", e.kg.kind));
    var p = el("p");
    p.appendChild(nodeButton(e.from));
    p.appendChild(document.createTextNode(" \u2192 "));
    p.appendChild(nodeButton(e.to));
    detail.appendChild(p);
    var nums = edgeNumbers(e.kg);
    if (nums) detail.appendChild(el("p", "small", nums));
    if (e.kg.evidence.length) {
      detail.appendChild(el("h3", null, "Evidence"));
      evidenceBlock(detail, e.kg.evidence);
    }
  }
  network.on("click", function (p) {
    tip.hidden = true;
    if (p.nodes.length) { setFocus([p.nodes[0]]); showNode(p.nodes[0]); }
    else if (p.edges.length) { var e = edges.get(p.edges[0]); setFocus([e.from, e.to]); showEdge(p.edges[0]); }
    else setFocus(null);
  });
  window.kgShow = function (id) { if (rawById[id]) showNode(id); else showEdge(id); };

  refresh();
})();
