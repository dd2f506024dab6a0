// Draws a Mesa's network map with Cytoscape.js from the container's data attributes (no inline script under our
// CSP). The same facts are in the table of actors and the list of ties under the graph, for screen readers and
// when JavaScript is off. Co-facilitators drag actors; the positions are saved (POST with the CSRF header).
document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('network-map');
    if (!container || typeof cytoscape === 'undefined') {
        return;
    }
    var elements = JSON.parse(container.dataset.elements || '[]');
    var editable = container.dataset.editable === 'true';
    var status = document.getElementById('network-status');
    var tools = document.querySelector('.network-map-tools');
    if (tools) {
        tools.classList.remove('d-none');
    }
    // The same colours as the legend's badges (network-map.css): tie to the Mesa by fill and border.
    var ties = {
        PERMANENT: {fill: '#b7e4c7', border: '#1b7f3b', width: 4, style: 'solid'},
        OCCASIONAL: {fill: '#cfe2ff', border: '#0a58ca', width: 2, style: 'solid'},
        STRATEGIC: {fill: '#e0cffc', border: '#59359a', width: 5, style: 'double'},
        NONE: {fill: '#f1f3f5', border: '#6c757d', width: 2, style: 'dotted'}
    };
    var shapes = {PROGRAM: 'ellipse', INSTITUTION: 'round-rectangle', SECTOR: 'hexagon', COMMUNITY: 'triangle',
        OTHER: 'diamond'};
    var positioned = elements.filter(function (e) {
        return e.group === 'nodes' && e.position;
    }).length;
    var nodes = elements.filter(function (e) {
        return e.group === 'nodes';
    }).length;
    var style = [
        {selector: 'node', style: {
            'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 100, 'font-size': 12,
            'text-valign': 'bottom', 'text-margin-y': 4, 'width': 34, 'height': 34, 'color': '#111',
            'background-color': function (n) { return (ties[n.data('tie')] || ties.NONE).fill; },
            'border-color': function (n) { return (ties[n.data('tie')] || ties.NONE).border; },
            'border-width': function (n) { return (ties[n.data('tie')] || ties.NONE).width; },
            'border-style': function (n) { return (ties[n.data('tie')] || ties.NONE).style; },
            'shape': function (n) { return shapes[n.data('kind')] || 'ellipse'; }
        }},
        {selector: 'edge', style: {'width': 2, 'line-color': '#495057', 'curve-style': 'bezier',
            'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 1,
            'text-background-padding': 2, 'text-rotation': 'autorotate'}},
        {selector: 'edge[kind = "REFERRALS"]', style: {'target-arrow-shape': 'triangle',
            'target-arrow-color': '#495057'}},
        {selector: 'edge[kind = "PROTOCOL"]', style: {'width': 4, 'line-color': '#1b7f3b', 'label': 'data(label)',
            'color': '#14532d'}},
        {selector: 'edge[kind = "AGREEMENT"]', style: {'line-style': 'dashed', 'line-color': '#0a58ca'}},
        {selector: 'edge[kind = "COORDINATION"]', style: {'line-style': 'dotted', 'width': 3,
            'line-color': '#7a4b00'}},
        {selector: 'edge[kind = "OTHER"]', style: {'width': 1, 'line-color': '#adb5bd'}},
        {selector: ':selected', style: {'overlay-color': '#0d6efd', 'overlay-opacity': 0.15}}
    ];
    // Rings by tie to the Mesa: its permanent members at the centre, those still to convene at the edge. The
    // rings are ellipses as wide as the box, and each ring is turned a little, so names on one ring do not sit
    // right above those of the next.
    var order = ['PERMANENT', 'OCCASIONAL', 'STRATEGIC', 'NONE'];
    var ringPositions = function (list) {
        var byTie = {};
        list.forEach(function (n) {
            var tie = order.indexOf(n.tie) >= 0 ? n.tie : 'NONE';
            (byTie[tie] = byTie[tie] || []).push(n.id);
        });
        var levels = order.filter(function (tie) { return byTie[tie]; });
        var width = Math.max(container.clientWidth, 600);
        var height = Math.max(container.clientHeight, 400);
        var positions = {};
        levels.forEach(function (tie, level) {
            var ids = byTie[tie];
            var share = (level + 1) / levels.length;
            var single = ids.length === 1 && level === 0;
            ids.forEach(function (id, i) {
                var angle = -Math.PI / 2 + (2 * Math.PI * i) / ids.length + level * 0.45;
                positions[id] = single ? {x: 0, y: 0} : {
                    x: Math.cos(angle) * (width / 2 - 110) * share,
                    y: Math.sin(angle) * (height / 2 - 50) * share
                };
            });
        });
        return positions;
    };
    var ringLayout = function (list) {
        var positions = ringPositions(list);
        return {name: 'preset', animate: false, padding: 30, fit: true,
            positions: function (n) { return positions[n.id()] || {x: 0, y: 0}; }};
    };
    var nodeList = elements.filter(function (e) { return e.group === 'nodes'; }).map(function (e) {
        return {id: e.data.id, tie: e.data.tie};
    });
    var cy = cytoscape({
        container: container,
        elements: elements,
        style: style,
        layout: positioned === nodes && nodes > 0 ? {name: 'preset', padding: 30} : ringLayout(nodeList),
        autoungrabify: !editable
    });

    var say = function (text) {
        if (status) {
            status.textContent = text;
        }
    };
    var csrf = function () {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        var headers = {'Content-Type': 'application/json'};
        if (token && header) {
            headers[header.content] = token.content;
        }
        return headers;
    };
    var save = function (collection) {
        if (!editable) {
            return;
        }
        var positions = collection.map(function (n) {
            return {actorId: n.id(), x: n.position('x'), y: n.position('y')};
        });
        fetch(container.dataset.positionsUrl, {method: 'POST', headers: csrf(), credentials: 'same-origin',
            body: JSON.stringify(positions)})
            .then(function (response) {
                say(response.ok ? container.dataset.saved : container.dataset.saveFailed);
            })
            .catch(function () {
                say(container.dataset.saveFailed);
            });
    };
    // A first drawing with no saved positions is kept, so the map reads the same next time.
    if (editable && positioned < nodes) {
        save(cy.nodes());
    }
    cy.on('dragfree', 'node', function (event) {
        save(event.target.collection());
    });

    var relayout = document.getElementById('network-layout');
    if (relayout) {
        relayout.addEventListener('click', function () {
            var layout = cy.layout(ringLayout(cy.nodes().map(function (n) {
                return {id: n.id(), tie: n.data('tie')};
            })));
            layout.one('layoutstop', function () {
                save(cy.nodes());
            });
            layout.run();
        });
    }
    var png = document.getElementById('network-png');
    if (png) {
        png.addEventListener('click', function () {
            var blob = cy.png({output: 'blob', full: true, bg: '#ffffff', scale: 2});
            var url = URL.createObjectURL(blob);
            var link = document.createElement('a');
            link.href = url;
            link.download = container.dataset.imageName || 'red-mesa.png';
            document.body.appendChild(link);
            link.click();
            document.body.removeChild(link);
            setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
        });
    }
});
