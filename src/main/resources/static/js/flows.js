// Draws the flows page's diagrams from the data-flows attribute (the API's own JSON; no inline script under
// our CSP): the Sankey diagram with ECharts, the waiting-time buckets with Chart.js. The same numbers are in the
// tables below each chart, for screen readers and when JavaScript is off.
document.addEventListener('DOMContentLoaded', function () {
    var sankey = document.getElementById('flows-sankey');
    if (sankey && typeof echarts !== 'undefined') {
        var flows = JSON.parse(sankey.dataset.flows);
        var labels = {};
        var kinds = {};
        // Long names on the right-hand column go on two lines, so they fit its margin.
        var wrap = function (id) {
            var text = labels[id];
            if (kinds[id] === 'REFERRER' || kinds[id] === 'PROGRAM' || text.length <= 28) {
                return text;
            }
            var cut = text.lastIndexOf(' ', Math.ceil(text.length / 2) + 4);
            return cut > 0 ? text.slice(0, cut) + '\n' + text.slice(cut + 1) : text;
        };
        var colours = {REFERRER: '#6c757d', PROGRAM: '#0d6efd', OUTCOME: '#198754', ONWARD: '#fd7e14'};
        flows.nodes.forEach(function (n) { labels[n.id] = n.label; kinds[n.id] = n.kind; });
        // A taller drawing when there are many nodes, so labels do not overlap (CSSOM: allowed by the CSP).
        sankey.style.height = Math.max(360, flows.nodes.length * 34) + 'px';
        var chart = echarts.init(sankey, null, {renderer: 'svg'});
        chart.setOption({
            animation: false,
            tooltip: {
                trigger: 'item',
                formatter: function (p) {
                    if (p.dataType === 'edge') {
                        return labels[p.data.source] + ' → ' + labels[p.data.target] + ': ' + p.data.value;
                    }
                    return labels[p.name] + ': ' + p.value;
                }
            },
            series: [{
                type: 'sankey',
                left: 10, right: 230, top: 10, bottom: 10,
                nodeAlign: 'left',
                emphasis: {focus: 'adjacency'},
                label: {formatter: function (p) { return wrap(p.name); }, lineHeight: 16},
                lineStyle: {color: 'gradient', opacity: 0.4},
                data: flows.nodes.map(function (n) {
                    return {name: n.id, itemStyle: {color: colours[n.kind]}};
                }),
                links: flows.links.map(function (l) {
                    return {source: l.source, target: l.target, value: l.value};
                })
            }]
        });
        window.addEventListener('resize', function () { chart.resize(); });
    }

    var canvas = document.getElementById('flows-waits');
    if (canvas && typeof Chart !== 'undefined') {
        var data = JSON.parse(canvas.dataset.flows);
        var buckets = canvas.dataset.buckets.split('|');
        var palette = ['#198754', '#20c997', '#ffc107', '#fd7e14', '#dc3545'];
        canvas.parentElement.style.height = Math.max(240, data.waits.length * 48 + 80) + 'px';
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: data.waits.map(function (w) { return w.program; }),
                datasets: buckets.map(function (label, i) {
                    return {label: label, data: data.waits.map(function (w) { return w.buckets[i]; }),
                        backgroundColor: palette[i]};
                })
            },
            options: {
                indexAxis: 'y',
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: {x: {stacked: true, beginAtZero: true, ticks: {precision: 0}}, y: {stacked: true}},
                plugins: {legend: {position: 'bottom'}}
            }
        });
    }
});
