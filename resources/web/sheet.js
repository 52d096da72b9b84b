/*
 * The export page around the map (standalone HTML files): title, purpose, date and the numbered
 * list of the facilities, numbered as the markers and the PDF handout. Clicking an entry opens
 * its marker's popup.
 *
 * Reads data.sheet from the page's JSON block (see directory_app/maps/standalone.py):
 *   {title, purpose, date, lang, labels: {...}, entries: [{number, id, name, kind, kindCode,
 *    located, address, website, email, phone, services, note?, internal?, source?: {url, before, after}}]}
 *
 * Text from data is only ever put on screen with textContent; links are made only for http(s)
 * addresses, with the href set as a DOM property.
 */
/* global dirmap */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function isWeb(url) {
    return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url);
  }

  /* A link to an http(s) address, or the text alone. */
  function link(url) {
    if (!isWeb(url)) return el("span", "dir-entry-text", url);
    var a = el("a", "dir-entry-link", url);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function kindClass(code) {
    return "dir-kind-" + String(code).replace(/[^a-z0-9_-]/gi, "_");
  }

  var colon = ": ";

  function row(label, className) {
    var line = el("div", "dir-entry-row " + (className || ""));
    if (label) line.appendChild(el("span", "dir-entry-label", label + colon));
    return line;
  }

  function mapObject() {
    var node = document.querySelector(".folium-map");
    var map = node && window[node.id];
    return map && typeof map.invalidateSize === "function" ? map : null;
  }

  function show(entry, item) {
    var active = document.querySelectorAll(".dir-entry-active");
    for (var i = 0; i < active.length; i++) active[i].classList.remove("dir-entry-active");
    item.classList.add("dir-entry-active");
    if (entry.located && window.dirmap) dirmap.showPopup(entry.id);
  }

  function entryItem(entry, labels) {
    var item = el("li", "dir-entry");
    item.tabIndex = 0;
    item.dirId = entry.id;
    var badge = el("span", "dir-marker dir-numbered dir-entry-number " + kindClass(entry.kindCode));
    badge.appendChild(el("span", "dir-number", String(entry.number)));
    item.appendChild(badge);
    var body = el("div", "dir-entry-body");
    body.appendChild(el("div", "dir-entry-name", entry.name));
    var meta = el("div", "dir-entry-kind", entry.kind);
    if (!entry.located) meta.appendChild(el("span", "dir-entry-off-map", " · " + labels.not_on_map));
    body.appendChild(meta);
    if (entry.address) {
      var address = row(labels.address, "dir-entry-address");
      address.appendChild(el("span", "dir-entry-text", entry.address));
      body.appendChild(address);
    }
    var contact = [entry.website, entry.email, entry.phone].filter(Boolean);
    if (contact.length) {
      var line = row(labels.contact, "dir-entry-contact");
      contact.forEach(function (value, i) {
        if (i) line.appendChild(document.createTextNode(" · "));
        line.appendChild(value === entry.website ? link(value) : el("span", "dir-entry-text", value));
      });
      body.appendChild(line);
    }
    if (entry.services) {
      var services = row(labels.services, "dir-entry-services");
      services.appendChild(el("span", "dir-entry-text", entry.services));
      body.appendChild(services);
    }
    if (entry.note) {
      var note = row(labels.note, "dir-entry-note");
      note.appendChild(el("span", "dir-entry-text", entry.note));
      body.appendChild(note);
    }
    if (entry.internal && entry.internal.length) {
      var internal = row(labels.private_note, "dir-entry-internal");
      internal.appendChild(el("span", "dir-entry-text", entry.internal.join(" · ")));
      body.appendChild(internal);
    }
    if (entry.source && entry.source.url) {
      var source = row("", "dir-entry-source");
      source.appendChild(document.createTextNode(entry.source.before || ""));
      source.appendChild(link(entry.source.url));
      source.appendChild(document.createTextNode(entry.source.after || ""));
      body.appendChild(source);
    }
    item.appendChild(body);
    item.addEventListener("click", function (e) {
      if (e.target && e.target.closest && e.target.closest("a")) return; // a link opens its page
      show(entry, item);
    });
    item.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        show(entry, item);
      }
    });
    return item;
  }

  function build() {
    var block = document.getElementById("dirmap-options");
    if (!block) return;
    var options = JSON.parse(block.textContent);
    var sheet = (options.data || {}).sheet;
    if (!sheet) return;
    var labels = sheet.labels || {};
    if (typeof labels.colon === "string") colon = labels.colon;
    document.title = sheet.title || "";
    if (sheet.lang) document.documentElement.lang = sheet.lang;

    var head = el("header", "dir-sheet-head");
    head.id = "dir-sheet-head";
    head.appendChild(el("h1", "dir-sheet-title", sheet.title));
    if (sheet.purpose) head.appendChild(el("p", "dir-sheet-purpose", sheet.purpose));
    head.appendChild(el("p", "dir-sheet-date", sheet.date));

    var section = el("section", "dir-sheet-list");
    section.id = "dir-sheet-list";
    var entries = sheet.entries || [];
    if (!entries.length) section.appendChild(el("p", "dir-sheet-empty", labels.empty));
    var list = el("ol", "dir-entries");
    entries.forEach(function (entry) {
      list.appendChild(entryItem(entry, labels));
    });
    section.appendChild(list);
    document.body.appendChild(head);
    document.body.appendChild(section);

    var map = mapObject();
    if (map) map.invalidateSize({ pan: false });
  }

  /* Printing: the map takes the print layout's size, fitted to the facilities again. */
  function forPrint() {
    var map = mapObject();
    if (!map) return;
    map.invalidateSize({ pan: false });
    if (window.dirmap) dirmap.zoomToResults(false);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", build);
  else build();
  window.addEventListener("beforeprint", forPrint);
  window.addEventListener("afterprint", forPrint);
})();
