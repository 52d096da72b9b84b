/*
 * The directory's map page: fills the folium-made marker cluster from JSON and talks to the
 * application through Qt's WebChannel (when there is one).
 *
 * Data shape (from the application's /data/points, or inline in a standalone file):
 *   {gen, kinds: [code, ...], points: [[id, lat, lon, kindIndex, name, city], ...],
 *    circles: [[lat, lon, km], ...], fit: bool, details: {id: {...}} (standalone only)}
 *
 * Text from data is only ever put on screen with textContent (never innerHTML).
 */
/* global L, QWebChannel, qt */
(function () {
  "use strict";

  var ENGLISH = {
    legend: "Kinds",
    open_details: "Open details",
    add_to_shortlist: "Add to shortlist",
    zoom_to_results: "Zoom to results",
    search_area: "Search this area",
    near_here: "Search near here",
    within_km: "within {km} km",
    no_coordinates: "Not on the map (no coordinates)",
    crowded: "{n} facilities at this point: narrow the search to see them one by one.",
    services: "Services",
    loading: "Loading…",
    drag_to_place: "Drag me to the facility's place",
    no_detail: "No detailed map of this area offline — Map › Download the Detailed Map of This Area…",
    no_detail_file: "No detailed map of this area in this file",
  };

  var TRANSPARENT_TILE =
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=";
  var CLUSTER_MAX = 3000; // above this many points, markercluster's bookkeeping (~25 µs a marker) is too slow
  var GRID_CELL = 64; // px
  var MAX_RINGS = 500;
  var MAX_SPIDER = 256; // co-located facilities spread around their point (more: narrow the search)

  var state = {
    map: null,
    cluster: null,
    options: {},
    strings: ENGLISH,
    bridge: null,
    kindIndex: {},
    icons: {},
    cache: new Map(), // id -> marker (reused across results)
    current: new Map(), // id -> marker of the current result
    gen: 0,
    highlightLayer: null,
    circleLayer: null,
    labelLayer: null,
    details: null,
    loading: false,
    pending: null,
    mode: "cluster", // "cluster": Leaflet.markercluster; "grid": our screen-grid clusters (large results)
    points: [],
    index: new Map(), // id -> position in points
    kinds: [],
    xs: null, // grid mode: Web Mercator x, y of each point in 0..1
    ys: null,
    gridLayer: null,
    spiderLayer: null,
    gridMarkers: new Map(), // grid mode: id -> marker drawn now
    spiderFirst: null,
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /* A link that acts as a button (keyboard-focusable, announced as a button). */
  function action(className, text, onClick) {
    var link = el("a", className, text);
    link.href = "#";
    link.setAttribute("role", "button");
    L.DomEvent.on(link, "click", function (e) {
      L.DomEvent.preventDefault(e);
      onClick();
    });
    return link;
  }

  function escapeText(text) {
    var box = document.createElement("span");
    box.textContent = String(text);
    return box.innerHTML;
  }

  function tr(key) {
    return Object.prototype.hasOwnProperty.call(state.strings, key) ? state.strings[key] : ENGLISH[key] || key;
  }

  function kindClass(code) {
    return "dir-kind-" + String(code).replace(/[^a-z0-9_-]/gi, "_");
  }

  function iconFor(code) {
    if (!state.icons[code]) {
      state.icons[code] = L.divIcon({
        className: "dir-marker " + kindClass(code),
        iconSize: [18, 18],
        iconAnchor: [9, 9],
        popupAnchor: [0, -9],
        html: "",
      });
    }
    return state.icons[code];
  }

  /* ---- numbered markers (export pages: the numbers of their list and of the PDF handout) ---- */

  function numberedIcon(id, code) {
    var numbers = state.numbers;
    if (!numbers || !Object.prototype.hasOwnProperty.call(numbers, id)) return null;
    return L.divIcon({
      className: "dir-marker dir-numbered " + kindClass(code),
      iconSize: [24, 24],
      iconAnchor: [12, 12],
      popupAnchor: [0, -12],
      html: el("span", "dir-number", String(numbers[id])), // an element: the number is text
    });
  }

  function send(method) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (state.bridge && typeof state.bridge[method] === "function") {
      state.bridge[method].apply(state.bridge, args);
    }
  }

  /* ---- controls: legend, zoom to results, search this area ---- */

  function addLegend(kinds) {
    var Legend = L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function () {
        var box = el("div", "dir-legend leaflet-bar");
        box.setAttribute("role", "list");
        box.appendChild(el("div", "dir-legend-title", tr("legend")));
        kinds.forEach(function (kind) {
          var row = el("div", "dir-legend-row");
          row.setAttribute("role", "listitem");
          row.appendChild(el("span", "dir-marker dir-legend-mark " + kindClass(kind[0])));
          row.appendChild(el("span", "dir-legend-label", kind[1]));
          box.appendChild(row);
        });
        return box;
      },
    });
    new Legend().addTo(state.map);
  }

  function addButtons(withBridge) {
    var Buttons = L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        var box = el("div", "dir-buttons leaflet-bar");
        box.appendChild(action("dir-button dir-zoom-results", tr("zoom_to_results"), dirmap.zoomToResults));
        if (withBridge) {
          box.appendChild(action("dir-button dir-search-area", tr("search_area"), dirmap.searchArea));
        }
        L.DomEvent.disableClickPropagation(box);
        return box;
      },
    });
    new Buttons().addTo(state.map);
  }

  /* ---- place labels (from the gazetteer), shown from their zoom on ---- */

  function addLabels(labels) {
    state.labelLayer = L.layerGroup().addTo(state.map);
    // place names in a pane of their own: above the radius circle (overlays, 400), under every
    // facility marker and cluster (markers, 600), so a name never hides a marker or its count
    var labelPane = state.map.getPane("dirLabels") || state.map.createPane("dirLabels");
    labelPane.style.zIndex = 450;
    labelPane.style.pointerEvents = "none";
    var markers = labels.map(function (label) {
      var icon = L.divIcon({ className: "dir-place-label", html: "", iconSize: null });
      var marker = L.marker([label[1], label[2]], {
        icon: icon,
        interactive: false,
        keyboard: false,
        pane: "dirLabels",
      });
      marker.minZoom = label[3];
      marker.labelText = label[0];
      return marker;
    });
    function refresh() {
      var zoom = state.map.getZoom();
      var bounds = state.map.getBounds().pad(0.2);
      // one label set: where the raster basemap shows (its names are baked in), ours do not
      var rasterShown = rasterShownAt(zoom);
      var placed = []; // screen boxes of the labels shown: a label that would overlap one is left out
      function free(marker) {
        var at = state.map.latLngToContainerPoint(marker.getLatLng());
        var half = (marker.labelText.length * (marker.minZoom <= 8 ? 8 : 7)) / 2 + 4;
        var box = [at.x - half, at.y - 17, at.x + half, at.y + 3];
        var clear = placed.every(function (b) {
          return box[2] < b[0] || box[0] > b[2] || box[3] < b[1] || box[1] > b[3];
        });
        if (clear) placed.push(box);
        return clear;
      }
      state.labelLayer.clearLayers();
      markers.forEach(function (marker) {
        // labels come largest place first: the larger place keeps its name where two would overlap
        if (!rasterShown && zoom >= marker.minZoom && bounds.contains(marker.getLatLng()) && free(marker)) {
          state.labelLayer.addLayer(marker);
          var node = marker.getElement();
          if (node && !node.firstChild) {
            node.appendChild(el("span", marker.minZoom <= 8 ? "dir-place-major" : null, marker.labelText));
          }
        }
      });
    }
    state.map.on("zoomend moveend", refresh);
    refresh();
  }

  /* ---- offline vector map: land, lakes, province lines (shipped Natural Earth data) ---- */

  var RASTER_FALLBACK = 6;

  /* Whether the raster basemap is drawn at this zoom (it stops at its own deepest zoom). */
  function rasterShownAt(zoom) {
    var deepest = state.options.rasterMaxZoom;
    if (deepest === null || deepest === undefined) return false;
    return zoom <= (typeof deepest === "number" ? deepest : RASTER_FALLBACK);
  }

  /* Land (the borders' countries), lakes and province lines, crisp at every zoom, in a pane under
     the tiles: the raster basemap covers them at its zooms, downloaded detail tiles deeper. */
  function addVectorLayers() {
    var map = state.map;
    var pane = map.createPane("dirVector");
    pane.style.zIndex = 150; // under the tile pane (200)
    pane.style.pointerEvents = "none";
    var renderer = L.canvas({ pane: "dirVector", padding: 0.2 });
    state.vectorLayers = [];
    if (state.options.borders) {
      state.vectorLayers.push(
        L.geoJSON(state.options.borders, {
          pane: "dirVector",
          renderer: renderer,
          interactive: false,
          style: function (feature) {
            var home = ["BE", "NL", "LU"].indexOf((feature.properties || {}).iso_a2) >= 0;
            return { stroke: false, fill: true, fillColor: home ? "#f7f5ef" : "#ecebe6", fillOpacity: 1 };
          },
        }).addTo(map)
      );
    }
    var layers = state.options.layers;
    if (layers && layers.features) {
      var styles = {
        lake: { color: "#8fb3cc", weight: 0.8, fill: true, fillColor: "#b9d3e6", fillOpacity: 1 },
        province: { color: "#9a8f9e", weight: 1, opacity: 0.8, dashArray: "4 3", fill: false },
      };
      state.vectorLayers.push(
        L.geoJSON(layers, {
          pane: "dirVector",
          renderer: renderer,
          interactive: false,
          style: function (feature) {
            return styles[(feature.properties || {}).layer] || { color: "#999", weight: 1 };
          },
          attribution: state.options.bordersAttribution || "",
        }).addTo(map)
      );
    }
    function refresh() {
      var container = map.getContainer();
      if (rasterShownAt(map.getZoom())) container.classList.remove("dir-vector-view");
      else container.classList.add("dir-vector-view");
    }
    map.on("zoomend", refresh);
    refresh();
  }

  /* Whether the shipped vector detail covers the centre of the view. */
  function vectorCovers(latlng) {
    var layers = state.options.layers;
    var box = layers && layers.bbox;
    if (!box || box.length !== 4) return false;
    return latlng.lng >= box[0] && latlng.lat >= box[1] && latlng.lng <= box[2] && latlng.lat <= box[3];
  }

  /* Whether detail tiles (from the tile cache or the tile server) are drawn in the view now. */
  function detailShown() {
    var layer = state.detailLayer;
    if (!layer || !state.map.hasLayer(layer) || !layer._tiles) return false;
    var zoom = state.map.getZoom();
    return Object.keys(layer._tiles).some(function (key) {
      var tile = layer._tiles[key];
      return tile.current && tile.coords.z === zoom && tile.el && tile.el.dataset.dirOk === "1";
    });
  }

  /* "No detailed map of this area offline" where the view has neither vector detail nor tiles,
     instead of a magnified blur. */
  function addNoDetailNotice() {
    var map = state.map;
    var box = el("div", "dir-no-detail", tr(state.options.bridge ? "no_detail" : "no_detail_file"));
    box.setAttribute("role", "status");
    box.hidden = true;
    map.getContainer().appendChild(box);
    state.noDetailBox = box;
    var timer = null;
    function refresh() {
      var zoom = map.getZoom();
      box.hidden = rasterShownAt(zoom) || vectorCovers(map.getCenter()) || detailShown();
    }
    function later() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(refresh, 150);
    }
    map.on("zoomend moveend", refresh);
    if (state.detailLayer) {
      state.detailLayer.on("tileload", function (e) {
        // a missing tile "loads" too, as the transparent error tile
        var missing = e.tile.getAttribute("src") === state.detailLayer.options.errorTileUrl;
        e.tile.dataset.dirOk = missing ? "0" : "1";
        later();
      });
      state.detailLayer.on("tileerror", function (e) {
        e.tile.dataset.dirOk = "0";
        later();
      });
      state.detailLayer.on("load", refresh);
    }
    refresh();
  }

  /* ---- popups ---- */

  function fillPopup(box, detail) {
    box.textContent = "";
    box.appendChild(el("div", "dir-popup-name", detail.name));
    var line = [detail.kind, detail.city, detail.country].filter(Boolean).join(" · ");
    box.appendChild(el("div", "dir-popup-meta", line));
    if (detail.services && detail.services.length) {
      box.appendChild(el("div", "dir-popup-services", tr("services") + ": " + detail.services.join(", ")));
    }
    if (detail.note) {
      // the shortlist's note for the recipient (standalone exports)
      box.appendChild(el("div", "dir-popup-note", String(detail.note)));
    }
    if (detail.internal && detail.internal.length) {
      // private status, rank and note: only in files the user exported for internal use
      detail.internal.forEach(function (line) {
        box.appendChild(el("div", "dir-popup-internal", String(line)));
      });
    }
    if (state.bridge) {
      var actions = el("div", "dir-popup-actions");
      actions.appendChild(
        action("dir-popup-open", tr("open_details"), function () {
          send("openDetails", detail.id);
        })
      );
      actions.appendChild(
        action("dir-popup-open dir-popup-add", tr("add_to_shortlist"), function () {
          send("addToShortlist", detail.id);
        })
      );
      box.appendChild(actions);
    }
  }

  function openPopup(marker) {
    var box = el("div", "dir-popup");
    var point = marker.point;
    fillPopup(box, { id: point[0], name: point[4], city: point[5] });
    if (state.mode !== "grid") {
      marker.unbindPopup();
      marker.bindPopup(box, { maxWidth: 320, autoPanPadding: [24, 24] });
    }
    var show = function () {
      if (state.mode === "grid") {
        // not bound to the marker: the grid redraws its markers on every move
        whenIdle(function () {
          L.popup({ maxWidth: 320, autoPanPadding: [24, 24], offset: [0, -6] })
            .setLatLng([point[1], point[2]])
            .setContent(box)
            .openOn(state.map);
        });
      } else if (state.cluster.hasLayer(marker)) {
        whenIdle(function () {
          state.cluster.zoomToShowLayer(marker, function () {
            marker.openPopup();
          });
        });
      }
    };
    if (state.details) {
      var detail = state.details[point[0]];
      if (detail) fillPopup(box, detail);
      show();
      return;
    }
    show();
    fetch(state.options.base + "/data/facility?id=" + encodeURIComponent(point[0]))
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (detail) {
        if (detail) {
          fillPopup(box, detail);
          if (marker.getPopup()) marker.getPopup().update();
          if (state.map._popup && state.map._popup.getContent() === box) state.map._popup.update();
        }
      })
      .catch(function () {});
  }

  /* ---- data ---- */

  function kindOf(point) {
    return typeof point[3] === "number" ? state.kinds[point[3]] : point[3];
  }

  function markerFor(point) {
    var key = point[1] + "," + point[2] + "," + kindOf(point) + "," + point[4];
    var marker = state.cache.get(point[0]);
    if (marker && marker.key === key) return marker;
    marker = L.marker([point[1], point[2]], {
      icon: numberedIcon(point[0], kindOf(point)) || iconFor(kindOf(point)),
      title: point[4],
      alt: point[4],
      keyboard: false,
    });
    marker.point = point;
    marker.key = key;
    state.cache.set(point[0], marker);
    return marker;
  }

  function pointOf(id) {
    var i = state.index.get(id);
    return i === undefined ? null : state.points[i];
  }

  /* ---- grid mode: clusters of what is on screen, recomputed on every move (fast at any size) ---- */

  function project(points) {
    var n = points.length;
    state.xs = new Float64Array(n);
    state.ys = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      var lat = Math.max(-85.0511287798, Math.min(85.0511287798, points[i][1]));
      var sin = Math.sin((lat * Math.PI) / 180);
      state.xs[i] = points[i][2] / 360 + 0.5;
      state.ys[i] = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }
  }

  function clusterIcon(count) {
    var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
    var label = count < 10000 ? String(count) : Math.round(count / 1000) + "k";
    return L.divIcon({
      html: "<div><span>" + label + "</span></div>",
      className: "marker-cluster marker-cluster-" + size,
      iconSize: L.point(40, 40),
    });
  }

  function clearSpider() {
    if (state.spiderLayer) state.spiderLayer.clearLayers();
  }

  function spiderfy(clusterMarker) {
    clearSpider();
    var bucket = clusterMarker.bucket;
    var center = clusterMarker.getLatLng();
    var origin = state.map.latLngToLayerPoint(center);
    var count = bucket.members.length;
    var radius = Math.max(30, (count * 22) / (2 * Math.PI));
    state.spiderFirst = state.points[bucket.members[0]][0];
    bucket.members.forEach(function (i, j) {
      var angle = (2 * Math.PI * j) / count - Math.PI / 2;
      var at = state.map.layerPointToLatLng(origin.add([radius * Math.cos(angle), radius * Math.sin(angle)]));
      var point = state.points[i];
      L.polyline([center, at], { weight: 1.5, color: "#333", opacity: 0.6, interactive: false }).addTo(
        state.spiderLayer
      );
      var marker = L.marker(at, { icon: iconFor(kindOf(point)), title: point[4], alt: point[4], keyboard: false });
      marker.point = point;
      state.spiderLayer.addLayer(marker);
      state.gridMarkers.set(point[0], marker);
    });
  }

  function renderGrid() {
    if (state.mode !== "grid" || !state.xs) return;
    var map = state.map;
    var zoom = map.getZoom();
    var size = 256 * Math.pow(2, zoom);
    var bounds = map.getPixelBounds();
    var pad = GRID_CELL;
    var x0 = bounds.min.x - pad;
    var x1 = bounds.max.x + pad;
    var y0 = bounds.min.y - pad;
    var y1 = bounds.max.y + pad;
    var xs = state.xs;
    var ys = state.ys;
    var buckets = new Map();
    for (var i = 0; i < xs.length; i++) {
      var px = xs[i] * size;
      if (px < x0 || px > x1) continue;
      var py = ys[i] * size;
      if (py < y0 || py > y1) continue;
      var key = Math.floor(px / GRID_CELL) * 1e8 + Math.floor(py / GRID_CELL);
      var b = buckets.get(key);
      if (b === undefined) {
        buckets.set(key, { key: key, n: 1, sx: px, sy: py, members: [i], same: true });
      } else {
        b.n++;
        b.sx += px;
        b.sy += py;
        if (b.members.length < MAX_SPIDER) b.members.push(i);
        if (b.same && (xs[i] !== xs[b.members[0]] || ys[i] !== ys[b.members[0]])) b.same = false;
      }
    }
    state.gridLayer.clearLayers();
    clearSpider();
    state.gridMarkers = new Map();
    var respider = null;
    buckets.forEach(function (b) {
      if (b.n === 1) {
        var point = state.points[b.members[0]];
        var marker = markerFor(point);
        state.gridLayer.addLayer(marker);
        state.gridMarkers.set(point[0], marker);
        return;
      }
      var centre = map.unproject([b.sx / b.n, b.sy / b.n], zoom);
      var cluster = L.marker(centre, { icon: clusterIcon(b.n), keyboard: false });
      cluster.bucket = b;
      state.gridLayer.addLayer(cluster);
      if (state.spiderFirst !== null && state.points[b.members[0]][0] === state.spiderFirst) respider = cluster;
    });
    if (respider) spiderfy(respider);
    else state.spiderFirst = null;
  }

  function gridClicked(e) {
    var marker = e.layer;
    if (marker.point) {
      openPopup(marker);
      send("markerClicked", marker.point[0]);
      return;
    }
    var bucket = marker.bucket;
    var map = state.map;
    if (bucket.same || map.getZoom() >= map.getMaxZoom()) {
      if (bucket.n <= bucket.members.length) {
        spiderfy(marker);
      } else {
        var box = el("div", "dir-popup", tr("crowded").replace("{n}", bucket.n));
        L.popup().setLatLng(marker.getLatLng()).setContent(box).openOn(map);
      }
      return;
    }
    var latlngs = bucket.members.map(function (i) {
      return L.latLng(state.points[i][1], state.points[i][2]);
    });
    if (bucket.n > bucket.members.length) {
      map.setView(marker.getLatLng(), Math.min(map.getZoom() + 2, map.getMaxZoom()));
    } else {
      map.fitBounds(L.latLngBounds(latlngs).pad(0.3), { maxZoom: map.getMaxZoom() });
    }
  }

  function drawCircles(circles) {
    state.circleLayer.clearLayers();
    (circles || []).forEach(function (c) {
      L.circle([c[0], c[1]], {
        radius: c[2] * 1000,
        className: "dir-radius",
        interactive: false,
        weight: 2,
        color: "#1f6feb",
        fillOpacity: 0.05,
      }).addTo(state.circleLayer);
      L.circleMarker([c[0], c[1]], { radius: 4, className: "dir-radius-centre", interactive: false }).addTo(
        state.circleLayer
      );
    });
  }

  /* Run fn now, or after the zoom animation in progress (Leaflet ignores view changes during one). */
  function whenIdle(fn) {
    if (state.map._animatingZoom) {
      state.map.once("zoomend", function () {
        setTimeout(function () {
          whenIdle(fn);
        }, 0);
      });
    } else {
      fn();
    }
  }

  function finished(gen, count) {
    window.dirmapState = { gen: gen, count: count, ready: true };
    send("markersShown", gen, count);
  }

  var dirmap = {
    init: function (map, cluster, options) {
      state.map = map;
      state.cluster = cluster;
      state.options = options || {};
      state.strings = Object.assign({}, ENGLISH, state.options.strings || {});
      state.circleLayer = L.layerGroup().addTo(map);
      state.highlightLayer = L.layerGroup().addTo(map);
      (state.options.kinds || []).forEach(function (kind, i) {
        state.kindIndex[kind[0]] = i;
      });
      if (state.options.tiles) {
        // a standalone file: the low-zoom basemap travels inside the page
        var inline = state.options.tiles;
        var InlineTiles = L.TileLayer.extend({
          getTileUrl: function (coords) {
            return inline[coords.z + "/" + coords.x + "/" + coords.y] || "";
          },
        });
        new InlineTiles("", {
          maxNativeZoom: 6,
          maxZoom: state.options.rasterMaxZoom || 6, // deeper: the vector layers, not a blur
          attribution: state.options.attribution || "",
          // a tile the file does not carry is transparent over the page's background, not grey
          errorTileUrl: TRANSPARENT_TILE,
        }).addTo(map);
      }
      if (state.options.borders) {
        L.geoJSON(state.options.borders, {
          style: function () {
            return state.options.borderStyle || {};
          },
          interactive: false,
          attribution: state.options.bordersAttribution || "",
        }).addTo(map);
      }
      addVectorLayers();
      if (state.options.detail) {
        // detail tiles from the tile cache above the basemap's zooms; a credit from a setting is
        // text, escaped here because Leaflet's attribution control takes HTML
        var detail = state.options.detail;
        state.detailLayer = L.tileLayer(detail.url, {
          minZoom: detail.minZoom,
          maxZoom: detail.maxZoom,
          maxNativeZoom: detail.maxZoom,
          errorTileUrl: detail.errorTileUrl,
          attribution: detail.attributionHtml || escapeText(detail.attributionText || ""),
        }).addTo(map);
      }
      addLegend(state.options.kinds || []);
      addButtons(Boolean(state.options.bridge));
      addLabels(state.options.labels || []);
      addNoDetailNotice();
      state.gridLayer = L.featureGroup().addTo(map);
      state.spiderLayer = L.featureGroup().addTo(map);
      state.gridLayer.on("click", gridClicked);
      state.spiderLayer.on("click", gridClicked);
      map.on("moveend", renderGrid);
      map.on("zoomstart", function () {
        state.spiderFirst = null;
        clearSpider();
      });
      cluster.on("click", function (e) {
        openPopup(e.layer);
        send("markerClicked", e.layer.point[0]);
      });
      map.on("contextmenu", function (e) {
        if (state.options.bridge) dirmap.nearMenu(e.latlng);
      });
      map.on("moveend", function () {
        var b = map.wrapLatLngBounds(map.getBounds());
        send("viewChanged", b.getSouth(), b.getWest(), b.getNorth(), b.getEast(), map.getZoom());
      });
      window.dirmapState = { gen: 0, count: 0, ready: false };
      if (state.options.data) {
        state.details = state.options.data.details || null;
        dirmap.setData(state.options.data);
      }
      if (state.options.bridge && typeof QWebChannel !== "undefined" && typeof qt !== "undefined") {
        new QWebChannel(qt.webChannelTransport, function (channel) {
          state.bridge = channel.objects.bridge;
          send("pageReady");
        });
      }
    },

    /* Fetch result `gen` from the application and show it. */
    load: function (gen) {
      state.gen = gen;
      return fetch(state.options.base + "/data/points?gen=" + gen)
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          if (gen === state.gen) dirmap.setData(data);
        })
        .catch(function (error) {
          send("pageError", String(error));
        });
    },

    setData: function (data) {
      if (state.loading) {
        // the cluster group cannot cancel a chunked load: the newest data waits for its end
        state.pending = data;
        return;
      }
      state.loading = true;
      var gen = data.gen || 0;
      var points = data.points || [];
      state.kinds = data.kinds || [];
      state.numbers = data.numbers || null;
      state.points = points;
      state.index = new Map();
      for (var i = 0; i < points.length; i++) state.index.set(points[i][0], i);
      state.highlightLayer.clearLayers();
      drawCircles(data.circles);
      state.cluster.clearLayers();
      state.gridLayer.clearLayers();
      clearSpider();
      state.current = new Map();
      state.mode = points.length > CLUSTER_MAX ? "grid" : "cluster";
      var markers = [];
      if (state.mode === "cluster") {
        state.xs = state.ys = null;
        markers = new Array(points.length);
        for (var j = 0; j < points.length; j++) {
          markers[j] = markerFor(points[j]);
          state.current.set(points[j][0], markers[j]);
        }
      } else {
        project(points);
      }
      var done = false;
      var complete = function () {
        if (done) return;
        done = true;
        state.loading = false;
        if (state.pending) {
          var next = state.pending;
          state.pending = null;
          dirmap.setData(next);
          return;
        }
        if (data.fit && state.mode === "grid") {
          // a large result: jump to the fitted view (no animation to wait for); the grid redraws
          // on that move, before the report
          whenIdle(function () {
            dirmap.zoomToResults(false);
            finished(gen, points.length);
          });
        } else if (data.fit) {
          // report once the view has settled, so that what follows starts from the fitted view
          var reported = false;
          var report = function () {
            if (!reported) {
              reported = true;
              finished(gen, points.length);
            }
          };
          state.map.once("moveend", function () {
            setTimeout(report, 0);
          });
          setTimeout(report, 1500);
          dirmap.zoomToResults();
        } else {
          finished(gen, points.length);
        }
      };
      if (state.mode === "grid") {
        renderGrid();
        complete();
        return;
      }
      if (!markers.length) {
        complete();
        return;
      }
      state.cluster.options.chunkProgress = function (processed, total) {
        if (processed >= total) complete();
      };
      state.cluster.addLayers(markers);
    },

    /* Ring the markers of these facilities; with pan, bring them into view (zoom kept if possible). */
    highlight: function (ids, pan) {
      state.highlightLayer.clearLayers();
      var latlngs = [];
      (ids || []).slice(0, MAX_RINGS).forEach(function (id) {
        var point = pointOf(id);
        if (!point) return;
        var latlng = L.latLng(point[1], point[2]);
        latlngs.push(latlng);
        L.circleMarker(latlng, {
          radius: 15,
          className: "dir-highlight",
          interactive: false,
          weight: 3,
          color: "#d1242f",
          fill: false,
        }).addTo(state.highlightLayer);
      });
      if (pan && latlngs.length) {
        whenIdle(function () {
          var view = state.map.getBounds();
          var bounds = L.latLngBounds(latlngs);
          if (!view.contains(bounds)) {
            if (latlngs.length === 1) state.map.panTo(latlngs[0]);
            else state.map.fitBounds(bounds.pad(0.2), { maxZoom: state.map.getZoom() });
          }
        });
      }
      return latlngs.length;
    },

    /* Move-marker mode: a draggable marker for the facility being edited; where it is dropped
       goes back to the application as the new coordinates. */
    startMove: function (id, lat, lon) {
      dirmap.stopMove();
      var map = state.map;
      var at = lat === null || lon === null ? map.getCenter() : L.latLng(lat, lon);
      var marker = L.marker(at, {
        draggable: true,
        autoPan: true,
        keyboard: true,
        title: tr("drag_to_place"),
        zIndexOffset: 10000,
        icon: L.divIcon({ className: "dir-move-marker", iconSize: [26, 26], iconAnchor: [13, 13], html: "" }),
      }).addTo(map);
      marker.bindTooltip(tr("drag_to_place"), { permanent: true, direction: "top", offset: [0, -14] });
      marker.on("dragend", function () {
        var p = marker.getLatLng();
        send("markerMoved", id, p.lat, p.lng);
      });
      state.moveMarker = marker;
      map.setView(at, Math.max(map.getZoom(), 15), { animate: false });
      if (lat === null || lon === null) send("markerMoved", id, at.lat, at.lng);
      return true;
    },

    /* Leave move-marker mode. */
    stopMove: function () {
      if (state.moveMarker) {
        state.map.removeLayer(state.moveMarker);
        state.moveMarker = null;
      }
    },

    /* Where the move marker is now ([lat, lon]), or null (tests). */
    movePoint: function () {
      if (!state.moveMarker) return null;
      var p = state.moveMarker.getLatLng();
      return [p.lat, p.lng];
    },

    /* Drop the move marker at a place as if dragged there (tests, keyboard users). */
    dropMoveMarker: function (lat, lon) {
      if (!state.moveMarker) return false;
      state.moveMarker.setLatLng([lat, lon]);
      state.moveMarker.fire("dragend");
      return true;
    },

    /* Open the popup of one facility (from the list, keyboard users included). */
    showPopup: function (id) {
      var point = pointOf(id);
      if (!point) return false;
      openPopup(state.mode === "grid" ? state.gridMarkers.get(id) || markerFor(point) : state.current.get(id));
      return true;
    },

    /* Zoom until one facility's own marker is on screen (out of its cluster, spread if co-located). */
    reveal: function (id) {
      var point = pointOf(id);
      if (!point) return false;
      whenIdle(function () {
        if (state.mode === "grid") {
          var map = state.map;
          map.setView([point[1], point[2]], map.getMaxZoom(), { animate: false });
          // the cluster drawn at the facility's own grid cell
          var index = state.index.get(id);
          var size = 256 * Math.pow(2, map.getZoom());
          var key = Math.floor((state.xs[index] * size) / GRID_CELL) * 1e8 + Math.floor((state.ys[index] * size) / GRID_CELL);
          var group = null;
          state.gridLayer.eachLayer(function (layer) {
            if (layer.bucket && layer.bucket.key === key) group = layer;
          });
          if (group) {
            var members = group.bucket.members;
            if (members.indexOf(index) < 0) members[members.length - 1] = index;
            if (group.bucket.n > members.length) group.bucket.n = members.length; // spread what fits
            spiderfy(group);
          }
        } else {
          state.cluster.zoomToShowLayer(state.current.get(id), function () {});
        }
      });
      return true;
    },

    /* Centre of a facility's marker in page pixels, or null when it is not drawn on its own. */
    markerPoint: function (id) {
      var marker = state.mode === "grid" ? state.gridMarkers.get(id) : state.current.get(id);
      var node = marker && marker.getElement();
      if (!node || !document.body.contains(node)) return null;
      var box = node.getBoundingClientRect();
      return [box.left + box.width / 2, box.top + box.height / 2];
    },

    zoomToResults: function (animate) {
      var latlngs = [];
      if (state.points.length) {
        var south = 90, west = 180, north = -90, east = -180;
        state.points.forEach(function (p) {
          if (p[1] < south) south = p[1];
          if (p[1] > north) north = p[1];
          if (p[2] < west) west = p[2];
          if (p[2] > east) east = p[2];
        });
        latlngs.push(L.latLng(south, west), L.latLng(north, east));
      }
      state.circleLayer.eachLayer(function (layer) {
        if (layer.getBounds) {
          latlngs.push(layer.getBounds().getNorthEast(), layer.getBounds().getSouthWest());
        }
      });
      if (latlngs.length) {
        whenIdle(function () {
          state.map.fitBounds(L.latLngBounds(latlngs).pad(0.1), { maxZoom: 12, animate: animate !== false });
        });
      }
      return latlngs.length;
    },

    searchArea: function () {
      var b = state.map.wrapLatLngBounds(state.map.getBounds());
      send("searchArea", b.getSouth(), b.getWest(), b.getNorth(), b.getEast());
    },

    nearMenu: function (latlng) {
      var box = el("div", "dir-near-menu");
      box.appendChild(el("div", "dir-near-title", tr("near_here")));
      [10, 25, 50].forEach(function (km) {
        var item = action("dir-near-item", tr("within_km").replace("{km}", km), function () {
          state.map.closePopup();
          var at = latlng.wrap();
          dirmap.requestNear(at.lat, at.lng, km);
        });
        box.appendChild(item);
      });
      L.popup({ closeButton: true, className: "dir-near-popup" }).setLatLng(latlng).setContent(box).openOn(state.map);
    },

    /* Ask the application to search within km of a point ("Near here"). */
    requestNear: function (lat, lon, km) {
      send("nearHere", lat, lon, km);
    },

    setView: function (lat, lon, zoom) {
      whenIdle(function () {
        state.map.setView([lat, lon], zoom, { animate: false });
      });
    },

    view: function () {
      var b = state.map.getBounds();
      return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast(), state.map.getZoom()];
    },

    /* For tests: what the offline map draws now besides the markers. */
    offlineDetail: function () {
      var pane = state.map.getPane("dirVector");
      var count = 0;
      (state.vectorLayers || []).forEach(function (layer) {
        count += layer.getLayers().length;
      });
      var raster = Array.from(document.querySelectorAll("img.leaflet-tile")).filter(function (img) {
        return img.src.indexOf("/tiles/base/") >= 0 && img.offsetParent !== null;
      });
      return {
        zoom: state.map.getZoom(),
        vectorFeatures: count,
        canvases: pane ? pane.querySelectorAll("canvas").length : 0,
        rasterTiles: raster.length,
        vectorView: state.map.getContainer().classList.contains("dir-vector-view"),
        labels: Array.from(document.querySelectorAll(".dir-place-label span")).map(function (node) {
          return node.textContent;
        }),
        noDetail: Boolean(state.noDetailBox && !state.noDetailBox.hidden),
        noDetailText: state.noDetailBox ? state.noDetailBox.textContent : "",
      };
    },

    /* For tests and benchmarks: markers in the cluster group and clusters/markers drawn now. */
    stats: function () {
      return {
        gen: (window.dirmapState || {}).gen,
        markers: state.mode === "grid" ? state.points.length : state.cluster.getLayers().length,
        mode: state.mode,
        drawn: document.querySelectorAll(".leaflet-marker-icon").length,
        highlighted: state.highlightLayer.getLayers().length,
        circles: state.circleLayer.getLayers().length / 2,
      };
    },
  };

  window.dirmap = dirmap;
})();
