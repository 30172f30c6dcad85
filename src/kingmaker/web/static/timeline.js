// The timeline chart: stacked bars of events per period by quad class (plotly, served locally).
"use strict";
(async () => {
  const chart = document.getElementById("chart");
  if (typeof Plotly === "undefined") { chart.textContent = "The chart library did not load."; return; }
  let t;
  try {
    t = await KM.getJSON("/api/timeline" + location.search);
  } catch (err) {
    chart.textContent = "Could not load the timeline: " + err.message;
    return;
  }
  if (!t.periods.length) { chart.textContent = "No dated events to chart."; chart.classList.add("empty"); return; }
  const x = t.periods.map((p) => p.period);
  const traces = t.classes.map((c) => ({
    type: "bar", name: c.label, x, y: t.periods.map((p) => p.counts[c.key]), marker: {color: c.colour},
  }));
  traces.push({type: "scatter", mode: "lines+markers", name: "net conflict score", yaxis: "y2", x,
    y: t.periods.map((p) => p.score), line: {color: "#2d3748", dash: "dot"}, connectgaps: true});
  Plotly.newPlot(chart, traces, {
    barmode: "stack", margin: {t: 20, r: 60, b: 50, l: 50}, legend: {orientation: "h", y: -0.2},
    xaxis: {type: "category", title: {text: t.by}}, yaxis: {title: {text: "events"}, rangemode: "tozero"},
    yaxis2: {overlaying: "y", side: "right", range: [-2.2, 2.2], title: {text: "score"}, showgrid: false},
  }, {displaylogo: false, responsive: true, modeBarButtonsToRemove: ["toImage", "sendDataToCloud"]});
})();
