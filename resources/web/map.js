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
    zoom_to_results: "Zoom to results",
    search_area: "Search this area",
    near_here: "Search near here",
    within_km: "within {km} km",
    no_coordinates: "Not on the map (no coordinates)",
    services: "Services",
    loading: "Loading…",
  };

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
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
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
        var zoom = el("a", "dir-button dir-zoom-results", tr("zoom_to_results"));
        zoom.href = "#";
        zoom.setAttribute("role", "button");
        L.DomEvent.on(zoom, "click", function (e) {
          L.DomEvent.preventDefault(e);
          dirmap.zoomToResults();
        });
        box.appendChild(zoom);
        if (withBridge) {
          var area = el("a", "dir-button dir-search-area", tr("search_area"));
          area.href = "#";
          area.setAttribute("role", "button");
          L.DomEvent.on(area, "click", function (e) {
            L.DomEvent.preventDefault(e);
            dirmap.searchArea();
          });
          box.appendChild(area);
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
    var markers = labels.map(function (label) {
      var icon = L.divIcon({ className: "dir-place-label", html: "", iconSize: null });
      var marker = L.marker([label[1], label[2]], { icon: icon, interactive: false, keyboard: false });
      marker.minZoom = label[3];
      marker.labelText = label[0];
      return marker;
    });
    function refresh() {
      var zoom = state.map.getZoom();
      var bounds = state.map.getBounds().pad(0.2);
      state.labelLayer.clearLayers();
      markers.forEach(function (marker) {
        if (zoom >= marker.minZoom && bounds.contains(marker.getLatLng())) {
          state.labelLayer.addLayer(marker);
          var node = marker.getElement();
          if (node && !node.firstChild) node.appendChild(el("span", null, marker.labelText));
        }
      });
    }
    state.map.on("zoomend moveend", refresh);
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
    if (state.bridge) {
      var open = el("a", "dir-popup-open", tr("open_details"));
      open.href = "#";
      open.setAttribute("role", "button");
      L.DomEvent.on(open, "click", function (e) {
        L.DomEvent.preventDefault(e);
        send("openDetails", detail.id);
      });
      box.appendChild(open);
    }
  }

  function openPopup(marker) {
    var box = el("div", "dir-popup");
    var point = marker.point;
    fillPopup(box, { id: point[0], name: point[4], city: point[5] });
    marker.unbindPopup();
    marker.bindPopup(box, { maxWidth: 320, autoPanPadding: [24, 24] });
    var show = function () {
      if (state.cluster.hasLayer(marker)) {
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
        }
      })
      .catch(function () {});
  }

  /* ---- data ---- */

  function markerFor(point, kinds) {
    var key = point[1] + "," + point[2] + "," + point[3] + "," + point[4];
    var marker = state.cache.get(point[0]);
    if (marker && marker.key === key && marker.kinds === kinds) return marker;
    marker = L.marker([point[1], point[2]], {
      icon: iconFor(kinds[point[3]]),
      title: point[4],
      alt: point[4],
      keyboard: false,
    });
    marker.point = point;
    marker.key = key;
    marker.kinds = kinds;
    state.cache.set(point[0], marker);
    return marker;
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
      addLegend(state.options.kinds || []);
      addButtons(Boolean(state.options.bridge));
      addLabels(state.options.labels || []);
      cluster.on("click", function (e) {
        openPopup(e.layer);
        send("markerClicked", e.layer.point[0]);
      });
      map.on("contextmenu", function (e) {
        if (state.options.bridge) dirmap.nearMenu(e.latlng);
      });
      map.on("moveend", function () {
        var b = map.getBounds();
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
      var kinds = data.kinds || [];
      var points = data.points || [];
      var markers = new Array(points.length);
      state.current = new Map();
      for (var i = 0; i < points.length; i++) {
        var marker = markerFor(points[i], kinds);
        markers[i] = marker;
        state.current.set(points[i][0], marker);
      }
      state.highlightLayer.clearLayers();
      drawCircles(data.circles);
      state.cluster.clearLayers();
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
        if (data.fit) {
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
      (ids || []).forEach(function (id) {
        var marker = state.current.get(id);
        if (!marker) return;
        latlngs.push(marker.getLatLng());
        L.circleMarker(marker.getLatLng(), {
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

    /* Open the popup of one facility (from the list, keyboard users included). */
    showPopup: function (id) {
      var marker = state.current.get(id);
      if (marker) openPopup(marker);
      return Boolean(marker);
    },

    /* Zoom until one facility's own marker is on screen (out of its cluster, spread if co-located). */
    reveal: function (id) {
      var marker = state.current.get(id);
      if (!marker) return false;
      whenIdle(function () {
        state.cluster.zoomToShowLayer(marker, function () {});
      });
      return true;
    },

    /* Centre of a facility's marker in page pixels, or null when it is not drawn on its own. */
    markerPoint: function (id) {
      var marker = state.current.get(id);
      var node = marker && marker.getElement();
      if (!node || !document.body.contains(node)) return null;
      var box = node.getBoundingClientRect();
      return [box.left + box.width / 2, box.top + box.height / 2];
    },

    zoomToResults: function () {
      var latlngs = [];
      state.current.forEach(function (marker) {
        latlngs.push(marker.getLatLng());
      });
      state.circleLayer.eachLayer(function (layer) {
        if (layer.getBounds) {
          latlngs.push(layer.getBounds().getNorthEast(), layer.getBounds().getSouthWest());
        }
      });
      if (latlngs.length) {
        whenIdle(function () {
          state.map.fitBounds(L.latLngBounds(latlngs).pad(0.1), { maxZoom: 12 });
        });
      }
      return latlngs.length;
    },

    searchArea: function () {
      var b = state.map.getBounds();
      send("searchArea", b.getSouth(), b.getWest(), b.getNorth(), b.getEast());
    },

    nearMenu: function (latlng) {
      var box = el("div", "dir-near-menu");
      box.appendChild(el("div", "dir-near-title", tr("near_here")));
      [10, 25, 50].forEach(function (km) {
        var item = el("a", "dir-near-item", tr("within_km").replace("{km}", km));
        item.href = "#";
        item.setAttribute("role", "button");
        L.DomEvent.on(item, "click", function (e) {
          L.DomEvent.preventDefault(e);
          state.map.closePopup();
          dirmap.requestNear(latlng.lat, latlng.lng, km);
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

    /* For tests and benchmarks: markers in the cluster group and clusters/markers drawn now. */
    stats: function () {
      return {
        gen: (window.dirmapState || {}).gen,
        markers: state.cluster.getLayers().length,
        drawn: document.querySelectorAll(".leaflet-marker-icon").length,
        highlighted: state.highlightLayer.getLayers().length,
        circles: state.circleLayer.getLayers().length / 2,
      };
    },
  };

  window.dirmap = dirmap;
})();
