// The timeline chart: stacked bars of events per period by quad class (plotly, served locally); the
// right-hand axis is the net conflict score, labelled from -2 (material cooperation) to +2 (material
// conflict). A click on a bar goes to that period's events below.
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
    hovertemplate: `%{x}: %{y} ${c.label} (click for the events)<extra></extra>`,
  }));
  traces.push({type: "scatter", mode: "lines+markers", name: "net conflict score", yaxis: "y2", x,
    y: t.periods.map((p) => p.score), line: {color: "#2d3748", dash: "dot"}, connectgaps: true,
    hovertemplate: "%{x}: score %{y:+.1f}<extra></extra>"});
  const most = Math.max(1, ...t.periods.map((p) => p.total));
  Plotly.newPlot(chart, traces, {
    barmode: "stack", margin: {t: 20, r: 150, b: 50, l: 50}, legend: {orientation: "h", y: -0.2},
    xaxis: {type: "category", title: {text: t.by}},
    // whole numbers of events on the left
    yaxis: {title: {text: "events"}, rangemode: "tozero", tickformat: "d", dtick: most <= 10 ? 1 : null},
    // a labelled score axis on the right
    yaxis2: {overlaying: "y", side: "right", range: [-2.2, 2.2], showgrid: false, zeroline: true,
      tickvals: [-2, -1, 0, 1, 2],
      ticktext: ["−2 material coop.", "−1 verbal coop.", "0 mixed", "+1 verbal conflict", "+2 material conflict"],
      title: {text: "net conflict score"}},
  }, {displaylogo: false, responsive: true, modeBarButtonsToRemove: ["toImage", "sendDataToCloud"]});
  chart.on("plotly_click", (ev) => {
    const period = ev.points && ev.points[0] && ev.points[0].x;
    const target = period && document.getElementById("p-" + period);
    if (target) { location.hash = "p-" + period; target.scrollIntoView(); }
  });
})();
