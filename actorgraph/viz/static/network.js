/* ActorGraph network page: filters, date window, search and tooltips over vis-network DataSets.
 * Every piece of text from the graph is inserted with textContent; nothing is parsed as HTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("ag-data").textContent);
  var SHAPE_SYMBOL = { dot: "\u25cf", square: "\u25a0", diamond: "\u25c6", triangle: "\u25b2",
    triangleDown: "\u25bc", star: "\u2605" };
  var MAX_TIP_STATEMENTS = 8;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function field(parent, name, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && value.length === 0)) return;
    var row = el("div", "ag-tip-field");
    row.appendChild(el("b", null, name + ": "));
    row.appendChild(document.createTextNode(Array.isArray(value) ? value.join("; ") : String(value)));
    parent.appendChild(row);
  }
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }
  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  var nodeById = {};
  DATA.nodes.forEach(function (n) { nodeById[n.id] = n; });

  function nodeTooltip(n, full) {
    var box = el("div", "ag-tip");
    box.appendChild(el("div", "ag-tip-title", n.label));
    field(box, "kind", n.kind);
    field(box, "aliases", n.aliases);
    field(box, "ids", n.external_ids);
    field(box, "relations", n.degree);
    if (full) { field(box, "id", n.id); field(box, "description", n.description); }
    return box;
  }
  // Who says so: the attributor's name (drawn node, else the name the view read for it), the actor id
  // as the row's hover title; an id naming no stored actor is shown as it is.
  function attribution(parent, s) {
    var drawnNode = nodeById[s.attributed_to];
    var name = drawnNode ? drawnNode.label : s.attributed_to_name;
    var row = el("div", "ag-tip-field ag-attribution");
    row.appendChild(el("b", null, "according to: "));
    row.appendChild(document.createTextNode(name || s.attributed_to));
    if (name && name !== s.attributed_to) {
      row.appendChild(el("span", "ag-note", " (" + s.attributed_to + ")"));
      row.title = s.attributed_to;
    }
    parent.appendChild(row);
  }
  function statementBlock(s, withLink) {
    var box = el("div", "ag-tip-statement");
    var head = [s.date ? s.date + (s.end_date ? " \u2013 " + s.end_date : "") : "undated", s.status || "asserted"];
    box.appendChild(el("div", "ag-tip-field", head.join(" \u00b7 ")));
    if (s.attributed_to) attribution(box, s);
    if (s.sentence) box.appendChild(el("div", "ag-tip-sentence", "\u201c" + s.sentence + "\u201d"));
    var title = s.document_title || s.locator || s.doc_id;
    var url = safeUrl(s.document_url);
    if (title || url) {
      var src = el("div", "ag-tip-field");
      src.appendChild(el("b", null, "source: "));
      if (withLink && url) {
        var a = el("a", null, title || url);
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
        src.appendChild(a);
      } else {
        src.appendChild(document.createTextNode(title || ""));
        if (url) src.appendChild(el("span", "ag-note", " " + url));
      }
      if (s.document_published) src.appendChild(document.createTextNode(" (" + s.document_published + ")"));
      box.appendChild(src);
    }
    return box;
  }
  // ``statements``: the edge's statements that pass the filters (the others are left out of the text too).
  function edgeTooltip(e, full, statements) {
    var box = el("div", "ag-tip");
    var from = nodeById[e.from], to = nodeById[e.to];
    var arrow = e.arrows ? " \u2192 " : " \u2014 ";
    box.appendChild(el("div", "ag-tip-title", (from ? from.label : e.from) + arrow + e.type + arrow + (to ? to.label : e.to)));
    var hidden = e.statements.length - statements.length;
    field(box, "statements", hidden ? statements.length + " of " + e.statements.length + " (" + hidden +
      " hidden by the filters)" : statements.length);
    var shown = full ? statements : statements.slice(0, MAX_TIP_STATEMENTS);
    shown.forEach(function (s) { box.appendChild(statementBlock(s, full)); });
    if (shown.length < statements.length) {
      box.appendChild(el("div", "ag-tip-more", "\u2026 and " + (statements.length - shown.length) +
        " more (click the edge to list all)"));
    }
    return box;
  }

  function edgeLabel(e, count, style) {
    var label = ((style || e.style) === "denied" ? "\u2715 " : "") + e.type;
    return count > 1 ? label + " \u00d7" + count : label;
  }
  // The line style of the statements shown (as network.py's status_style): solid if one is asserted,
  // else dashed if one is reported/alleged/hypothetical, else grey and dotted (denied/negated).
  var STYLES = DATA.status_styles;
  function lineStyle(statements) {
    var dashed = false;
    for (var i = 0; i < statements.length; i++) {
      var st = statements[i].status || "asserted";
      if (STYLES.dashed.indexOf(st) >= 0) dashed = true;
      else if (STYLES.denied.indexOf(st) < 0) return "solid";
    }
    return dashed ? "dashed" : "denied";
  }
  function edgeStyle(e, statements) {
    var style = lineStyle(statements);
    var color = style === "denied" ? STYLES.denied_color : e.class_color;
    return { style: style, dashes: STYLES.dashes[style],
      color: { color: color, highlight: color, hover: color, inherit: false } };
  }

  DATA.nodes.forEach(function (n) { n.title = nodeTooltip(n, false); });
  DATA.edges.forEach(function (e) {
    e.title = edgeTooltip(e, false, e.statements);
    e.shownCount = e.statements.length;
    e.shownKey = e.statements.map(function (s, i) { return i; }).join(",");
    e.label = edgeLabel(e, e.shownCount);
  });

  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);

  // ---- filter state ---------------------------------------------------------------------------------
  var days = [];
  DATA.edges.forEach(function (e) {
    e.statements.forEach(function (s) { if (s.date) days.push(s.date); if (s.end_date) days.push(s.end_date); });
  });
  days = Array.from(new Set(days)).sort();
  var state = {
    types: {}, statuses: {}, undated: true, hideIsolated: true, mode: "window",
    from: days.length ? days[0] : null, to: days.length ? days[days.length - 1] : null,
    highlighted: null, stabilized: false, stabilizeMs: null, layoutCut: false
  };
  DATA.legend.types.forEach(function (t) { state.types[t.name] = true; });
  DATA.legend.statuses.forEach(function (s) { state.statuses[s] = true; });

  function statementVisible(s) {
    if (state.statuses[s.status || "asserted"] === false) return false;
    if (!s.date) return state.undated;
    var end = s.end_date || s.date;
    if (state.mode === "asof") return state.to === null || s.date <= state.to;
    return (state.from === null || end >= state.from) && (state.to === null || s.date <= state.to);
  }
  var visibleEdges = {}, visibleDegree = {};
  function recompute() {
    visibleEdges = {}; visibleDegree = {};
    var relabel = [];
    edges.forEach(function (e) {
      var shown = [], key = [];
      if (state.types[e.type] !== false) {
        for (var i = 0; i < e.statements.length; i++) {
          if (statementVisible(e.statements[i])) { shown.push(e.statements[i]); key.push(i); }
        }
      }
      if (shown.length > 0) {
        visibleEdges[e.id] = true;
        visibleDegree[e.from] = (visibleDegree[e.from] || 0) + 1;
        visibleDegree[e.to] = (visibleDegree[e.to] || 0) + 1;
        key = key.join(",");
        if (key !== e.shownKey) {
          var look = edgeStyle(e, shown);
          relabel.push({ id: e.id, shownCount: shown.length, shownKey: key, shownStyle: look.style,
            dashes: look.dashes, color: look.color, label: edgeLabel(e, shown.length, look.style),
            title: edgeTooltip(e, false, shown) });
        }
      }
    });
    if (relabel.length) edges.update(relabel);
  }
  // Actors without any edge in this view (isolated in the graph, or cut off by the node cap) always show;
  // the others hide when the filters leave them without a visible relation.
  var viewDegree = {};
  DATA.edges.forEach(function (e) { viewDegree[e.from] = 1; viewDegree[e.to] = 1; });
  function nodeVisible(n) {
    if (!state.hideIsolated || !viewDegree[n.id]) return true;
    return (visibleDegree[n.id] || 0) > 0 || n.id === state.highlighted;
  }
  recompute();
  var edgeView = new vis.DataView(edges, { filter: function (e) { return !!visibleEdges[e.id]; } });
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });

  // ---- network ---------------------------------------------------------------------------------------
  var container = document.getElementById("ag-network");
  var layoutStatus = document.getElementById("ag-layout-status");
  var t0 = performance.now();
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, DATA.options);
  network.on("stabilizationProgress", function (p) {
    layoutStatus.textContent = "laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  // Bound the layout in time as well as in iterations: a slow machine gets a rougher layout, not a hang.
  var budget = setTimeout(function () {
    if (!state.stabilized) { state.layoutCut = true; network.stopSimulation(); }
  }, DATA.layout_budget_ms);
  network.once("stabilizationIterationsDone", function () {
    clearTimeout(budget);
    network.setOptions({ physics: false });
    state.stabilized = true;
    state.stabilizeMs = Math.round(performance.now() - t0);
    layoutStatus.textContent = (state.layoutCut ? "layout stopped at its time budget after " : "layout done in ") +
      (state.stabilizeMs / 1000).toFixed(1) + " s (physics off; drag nodes to arrange)";
  });

  function applyFilters() {
    recompute();
    edgeView.refresh();
    nodeView.refresh();
    updateSummary();
  }
  function updateSummary() {
    document.getElementById("ag-summary").textContent = nodeView.length + " of " + DATA.nodes.length +
      " actors, " + edgeView.length + " of " + DATA.edges.length + " edges (" + DATA.counts.statements +
      " statements) \u00b7 generated " + DATA.generated;
  }

  // ---- details panel (persistent, with clickable source links) -----------------------------------------
  var details = document.getElementById("ag-details");
  function showDetails(box) {
    details.replaceChildren(box);
    details.hidden = !box;
    network.redraw();
  }
  network.on("click", function (p) {
    if (p.nodes.length) showDetails(nodeTooltip(nodeById[p.nodes[0]], true));
    else if (p.edges.length) {
      var e = edges.get(p.edges[0]);
      showDetails(edgeTooltip(e, true, e.statements.filter(statementVisible)));
    }
    else { details.hidden = true; }
  });

  // ---- search ----------------------------------------------------------------------------------------
  var names = document.getElementById("ag-actor-names");
  DATA.nodes.slice().sort(function (a, b) { return b.degree - a.degree; }).slice(0, 5000).forEach(function (n) {
    var opt = document.createElement("option");
    opt.value = n.label;
    names.appendChild(opt);
  });
  function findActor(text) {
    var q = fold(text);
    if (!q) return null;
    var best = null, bestRank = 9;
    DATA.nodes.forEach(function (n) {
      var keys = [n.label].concat(n.aliases || []).map(fold);
      var rank = n.id === text ? 0 : keys.indexOf(q) >= 0 ? 1 :
        keys.some(function (k) { return k.indexOf(q) === 0; }) ? 2 :
        keys.some(function (k) { return k.indexOf(q) >= 0; }) ? 3 : 9;
      if (rank < bestRank || (rank === bestRank && best && n.degree > best.degree)) { best = n; bestRank = rank; }
    });
    return bestRank < 9 ? best : null;
  }
  function search(text) {
    var status = document.getElementById("ag-search-status");
    var n = findActor(text);
    if (!n) { status.textContent = "no actor matches \u201c" + text + "\u201d"; state.highlighted = null; return null; }
    state.highlighted = n.id;
    nodeView.refresh();
    status.textContent = nodeView.get(n.id) ? "found " + n.label : n.label + " is hidden by the filters";
    if (nodeView.get(n.id)) {
      network.selectNodes([n.id], true);
      network.focus(n.id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
      showDetails(nodeTooltip(n, true));
    }
    return n.id;
  }
  document.getElementById("ag-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("ag-search").value);
  });

  // ---- filter controls ---------------------------------------------------------------------------------
  function checkbox(parent, label, checked, onChange, swatch) {
    var row = el("label");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = checked; box.value = label;
    box.addEventListener("change", function () { onChange(box.checked); applyFilters(); });
    row.appendChild(box);
    if (swatch) row.appendChild(swatch);
    row.appendChild(document.createTextNode(label));
    parent.appendChild(row);
    return box;
  }
  function lineSwatch(color, style) {
    var s = el("span", "ag-swatch " + (style || ""));
    s.style.borderTopColor = color;
    return s;
  }
  var typeBox = document.getElementById("ag-type-filters");
  DATA.legend.types.forEach(function (t) {
    checkbox(typeBox, t.name, true, function (on) { state.types[t.name] = on; }, lineSwatch(t.color));
  });
  var statusBox = document.getElementById("ag-status-filters");
  DATA.legend.statuses.forEach(function (s) {
    checkbox(statusBox, s, true, function (on) { state.statuses[s] = on; });
  });
  document.querySelectorAll("[data-toggle-all]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var boxes = document.getElementById(btn.getAttribute("data-toggle-all")).querySelectorAll("input");
      var on = !Array.prototype.every.call(boxes, function (b) { return b.checked; });
      boxes.forEach(function (b) { b.checked = on; state.types[b.value] = on; });
      applyFilters();
    });
  });
  document.getElementById("ag-undated").addEventListener("change", function (ev) {
    state.undated = ev.target.checked; applyFilters();
  });
  document.getElementById("ag-hide-isolated").addEventListener("change", function (ev) {
    state.hideIsolated = ev.target.checked; applyFilters();
  });
  var fromInput = document.getElementById("ag-date-from"), toInput = document.getElementById("ag-date-to");
  function syncDates(changed) {
    var a = +fromInput.value, b = +toInput.value;
    if (a > b) { if (changed === fromInput) toInput.value = a; else fromInput.value = b; }
    state.from = days.length ? days[+fromInput.value] : null;
    state.to = days.length ? days[+toInput.value] : null;
    updateDateLabels();
    applyFilters();
  }
  function updateDateLabels() {
    if (!days.length) return;
    document.getElementById("ag-date-from-label").textContent = state.mode === "asof" ? "(start)" : state.from;
    document.getElementById("ag-date-to-label").textContent = state.to;
  }
  if (days.length) {
    fromInput.max = toInput.max = String(days.length - 1);
    fromInput.value = "0"; toInput.value = String(days.length - 1);
    updateDateLabels();
  } else {
    fromInput.disabled = toInput.disabled = true;
    document.getElementById("ag-date-to-label").textContent = "no dated relations";
  }
  fromInput.addEventListener("input", function () { syncDates(fromInput); });
  toInput.addEventListener("input", function () { syncDates(toInput); });
  document.querySelectorAll("input[name=ag-date-mode]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      state.mode = radio.value;
      fromInput.disabled = state.mode === "asof" || !days.length;
      syncDates(toInput);
    });
  });

  // ---- legend and cap message ------------------------------------------------------------------------
  var legend = document.getElementById("ag-legend");
  function legendGroup(title, items) {
    if (!items.length) return;
    var g = el("div", "ag-legend-group");
    g.appendChild(el("b", null, title));
    items.forEach(function (row) { g.appendChild(row); });
    legend.appendChild(g);
  }
  function legendRow(sym, text) {
    var row = el("div"); row.appendChild(sym); row.appendChild(document.createTextNode(text)); return row;
  }
  legendGroup("Actors", DATA.legend.kinds.map(function (k) {
    var s = el("span", "ag-shape", SHAPE_SYMBOL[k.shape] || "\u25cf"); s.style.color = k.color;
    return legendRow(s, k.name);
  }));
  legendGroup("Relation classes", DATA.legend.classes.map(function (c) {
    return legendRow(lineSwatch(c.color), c.name);
  }));
  legendGroup("Status", DATA.legend.styles.map(function (s) {
    return legendRow(lineSwatch(s.color, s.name), s.label);
  }));
  legend.appendChild(el("div", "ag-note", "Node size: number of relations. Arrows: direction of directed types."));

  var cap = document.getElementById("ag-cap-message");
  var capNotes = [];
  if (DATA.omitted && DATA.omitted.nodes) {
    var which = DATA.kept_by === "nearest"
      ? " actors nearest the centre (ring by ring; within a ring the best connected first)"
      : " most connected actors";
    capNotes.push("Showing the " + DATA.counts.nodes + which + ": " + DATA.omitted.nodes +
      " actors and " + DATA.omitted.edges + " relation statements were left out. Narrow the view " +
      "(an actor's neighbourhood, relation types, dates) to see them.");
  } else if (DATA.omitted && DATA.omitted.edges) {
    capNotes.push("Showing every actor found, but " + DATA.omitted.edges + " relation statements among " +
      "them were left out by the statement cap. Narrow the view (relation types, dates) to see them.");
  }
  if (DATA.truncated_rows) {
    capNotes.push("The query stopped at its row cap of " + DATA.truncated_rows + " rows, so actors and " +
      "relations may be missing. Raise ACTORGRAPH_MAX_ROWS or narrow the query.");
  }
  if (capNotes.length) { cap.textContent = capNotes.join(" "); cap.hidden = false; }
  if (!DATA.nodes.length) layoutStatus.textContent = "the graph is empty";
  updateSummary();

  window.actorgraph = { network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
    state: state, days: days, applyFilters: applyFilters, search: search, syncDates: syncDates };
})();
