// Draws the dashboard's trend chart from the canvas's data attributes (no inline script under our CSP).
// The same numbers are in the table below the chart, for screen readers and when JavaScript is off.
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('trend-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    var numbers = function (text) {
        return text ? text.split(',').map(Number) : [];
    };
    new Chart(canvas, {
        data: {
            labels: canvas.dataset.labels ? canvas.dataset.labels.split('|') : [],
            datasets: [
                {type: 'line', label: canvas.dataset.labelOnList, data: numbers(canvas.dataset.onList),
                    borderColor: '#0d6efd', backgroundColor: '#0d6efd', tension: 0.2},
                {type: 'bar', label: canvas.dataset.labelAdmitted, data: numbers(canvas.dataset.admitted),
                    backgroundColor: '#198754'}
            ]
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: {y: {beginAtZero: true, ticks: {precision: 0}}},
            plugins: {legend: {position: 'bottom'}}
        }
    });
});
