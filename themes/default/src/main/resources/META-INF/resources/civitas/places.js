/*
 * What every component's pages share, enhanced: similar contributions while a citizen types, the map to place
 * a contribution, and a map of places. Each only adds to a page that works without it: places are typed, every
 * contribution is in the lists, and the search lists only public contributions. Components call it from their
 * own script: Civitas.similar([fields], minimum length), Civitas.pickMap(), Civitas.placesMap(id), Civitas.baseMap.
 */
window.Civitas = (function () {
  "use strict";

  function similar(fields, minimum) {
    var box = document.getElementById("similar");
    if (!box || fields.some(function (field) { return !field; })) {
      return;
    }
    var timer = null;
    var asked = "";
    function show(hits) {
      box.textContent = "";
      if (hits.length === 0) {
        var none = document.createElement("p");
        none.textContent = box.dataset.none;
        box.appendChild(none);
        return;
      }
      var list = document.createElement("ul");
      hits.forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = hit.path.charAt(0) === "/" ? box.dataset.context + hit.path : hit.path;
        link.textContent = hit.title;
        item.appendChild(link);
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    function ask() {
      var text = fields.map(function (field) { return field.value; }).join(" ").trim();
      if (text.length < minimum || text === asked) {
        return;
      }
      asked = text;
      fetch(box.dataset.api + "?limit=5&text=" + encodeURIComponent(text),
            {headers: {"Accept": "application/json", "Accept-Language": box.dataset.lang}})
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(show)
        .catch(function () { box.textContent = box.dataset.unavailable; });
    }
    fields.forEach(function (field) {
      field.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(ask, 500);
      });
    });
    ask();
  }

  function baseMap(element) {
    var center = element.dataset.center.split(",").map(Number);
    var map = L.map(element).setView(center, Number(element.dataset.zoom));
    L.tileLayer(element.dataset.tiles, {maxZoom: 19, attribution: element.dataset.attribution}).addTo(map);
    return map;
  }

  function pickMap() {
    var element = document.getElementById("pick-map");
    var lat = document.getElementById("latitude");
    var lon = document.getElementById("longitude");
    if (!element || !lat || !lon || typeof L === "undefined") {
      return;
    }
    var map = baseMap(element);
    var marker = null;
    function place(point) {
      if (marker) {
        marker.setLatLng(point);
      } else {
        marker = L.marker(point, {alt: element.parentNode.querySelector("figcaption").textContent}).addTo(map);
      }
    }
    function typed() {
      var la = Number(lat.value.replace(",", "."));
      var lo = Number(lon.value.replace(",", "."));
      if (lat.value !== "" && lon.value !== "" && !isNaN(la) && !isNaN(lo)) {
        place([la, lo]);
        map.setView([la, lo], 16);
      }
    }
    map.on("click", function (e) {
      lat.value = e.latlng.lat.toFixed(6);
      lon.value = e.latlng.lng.toFixed(6);
      place(e.latlng);
    });
    lat.addEventListener("change", typed);
    lon.addEventListener("change", typed);
    typed();
  }

  function placesMap(id) {
    var element = document.getElementById(id);
    if (!element || typeof L === "undefined") {
      return;
    }
    var map = baseMap(element);
    var points = [];
    JSON.parse(element.dataset.places).forEach(function (place) {
      var link = document.createElement("a");
      link.href = element.dataset.link + place.id;
      link.textContent = place.title;
      L.marker([place.lat, place.lon], {title: place.title, alt: place.title}).addTo(map).bindPopup(link);
      points.push([place.lat, place.lon]);
    });
    if (points.length > 0) {
      map.fitBounds(points, {maxZoom: 16, padding: [20, 20]});
    }
  }

  return {similar: similar, baseMap: baseMap, pickMap: pickMap, placesMap: placesMap};
}());
