// Small DOM helpers shared by the pages. Data from the server is only ever put into the page
// as text (textContent / setAttribute), never parsed as HTML.
"use strict";
const KM = (() => {
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    return fill(node, attrs, children);
  }

  function fill(node, attrs, children) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "onclick") node.addEventListener("click", value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  async function getJSON(url) {
    const response = await fetch(url, {headers: {"Accept": "application/json"}});
    const data = await response.json();
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  }

  async function postJSON(url, body) {
    const response = await fetch(url, {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  }

  function docHref(item) {
    return "/documents/" + encodeURIComponent(item.document) +
      "?start=" + encodeURIComponent(item.start) + "&end=" + encodeURIComponent(item.end) + "#hl";
  }

  function actorHref(id) {
    return "/actors/" + encodeURIComponent(id);
  }

  // One evidence item: the sentence, then a link to the document with the span highlighted.
  function evidence(item) {
    return el("div", {class: "ev-item"},
      el("blockquote", {class: "evidence", text: item.evidence}),
      el("div", {class: "source"},
        el("a", {class: "doclink", href: docHref(item), text: item.document_title || item.document}),
        item.date ? el("span", {class: "date", text: " " + item.date}) : null,
        el("span", {class: "conf", text: " confidence " + Number(item.confidence).toFixed(2)})));
  }

  return {el, clear, getJSON, postJSON, docHref, actorHref, evidence};
})();
