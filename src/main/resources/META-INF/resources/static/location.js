/*
 * Offers the phone's location for a visit. Only an enhancement: without JavaScript (or without a location) the
 * button stays hidden and latitude and longitude are typed in, or left empty, as before.
 */
(function () {
  'use strict';
  var button = document.getElementById('use-location');
  var latitude = document.getElementById('latitude');
  var longitude = document.getElementById('longitude');
  var status = document.getElementById('location-status');
  if (!button || !latitude || !longitude || !navigator.geolocation) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    status.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(function (position) {
      latitude.value = position.coords.latitude.toFixed(5);
      longitude.value = position.coords.longitude.toFixed(5);
      status.textContent = '';
    }, function () {
      status.textContent = button.dataset.failed;
    }, { enableHighAccuracy: true, timeout: 15000 });
  });
}());
