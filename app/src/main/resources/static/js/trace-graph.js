/* The trace graph page: fetches the graph of the trace and draws it as one SVG, material flowing from left to right
   (suppliers, inputs, outputs, customers). The layers are laid out here, in time linear in the graph: each node one
   column further right than the furthest node that flows into it, ordered in its column by where its inputs stand.
   The drawing is one string of markup inserted once, so that a trace of a couple of thousand boxes is drawn at once.
   Drag to move, wheel (or +, - and 0 on the focused graph) to zoom; labels too small to read at the current zoom are
   hidden. Clicking a box folds away what follows it, or unfolds it again. With the keyboard, Tab reaches one box (the
   traced lot at first), the arrow keys move to the nearest shown box in their direction, and Enter or Space folds or
   unfolds it, as a click does.
   When drawn, the element carries data-drawn-nodes and data-drawn-edges (the boxes and arrows shown), and
   window.lotlineTrace answers what is drawn and folds, zooms and fits as a user does; once the first frame with the
   graph is painted, the page marks 'lotline-trace-drawn' (a performance mark) and the element carries data-drawn-ms,
   the milliseconds since the page was opened, for a test or a user to read. */
(function () {
  'use strict';
  var LARGE = 300, COLUMN_WIDTH = 260, ROW_HEIGHT = 64, CHARACTER_WIDTH = 7.2, LINE_HEIGHT = 15, PADDING = 10,
    COLUMN_GAP = 120, LANE_AFTER = 12, MAX_ZOOM = 1.5, MOST_ZOOM = 4, READABLE = 7, BOX_FONT = 12, EDGE_FONT = 11,
    PARALLEL_GAP = 18, DRAG_AFTER = 4, SHOW_MARGIN = 40, BAD = { ON_HOLD: true, REJECTED: true, RECALLED: true };
  var element = document.getElementById('graph');
  var summary = document.getElementById('graph-summary');
  if (!element) {
    return;
  }
  var text = function (name, values) {
    return (element.dataset[name] || '').replace(/\{(\d+)\}/g, function (all, i) { return values[+i]; });
  };
  var label = function (node) {
    if (node.kind === 'cluster') {
      return node.label + '\n' + text('lots', [node.count]) + ' · ' + text('depth', [node.depth]);
    }
    if (node.label == null) {
      return text(node.kind === 'supplier' ? 'suppliers' : 'customers', [node.count]);
    }
    return node.kind === 'lot' ? node.label + '\n' + node.sku : node.label;
  };
  fetch(element.dataset.graph, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    })
    .then(function (graph) {
      var trace = draw(graph);
      window.lotlineTrace = trace;
      summary.textContent = text(graph.clustered ? 'summaryClustered' : 'summary',
        [graph.lotsReached, trace.nodes().length, trace.edges().length]);
      element.dataset.clustered = graph.clustered;
      // The callback runs before the frame holding the graph is painted; the task after it, once it is.
      requestAnimationFrame(function () {
        setTimeout(function () {
          performance.mark('lotline-trace-drawn');
          element.dataset.drawnMs = String(Math.round(performance.now()));
        });
      });
      if (!graph.clustered && graph.lots.length > 0 && graph.lots.length <= 200) {
        document.getElementById('export-fsma').href = element.dataset.fsma + '?' + graph.lots.map(function (lot) {
          return 'lot=' + encodeURIComponent(lot);
        }).join('&');
      }
    })
    .catch(function () {
      summary.textContent = text('failed', []);
      summary.classList.add('error');
    });

  /* Draws the graph into the element and answers what a test or a user's script may ask of it. */
  function draw(graph) {
    var positions = layers(graph);
    var nodes = graph.nodes.map(function (node, i) {
      var lines = label(node).split('\n');
      var widest = lines.reduce(function (most, line) { return Math.max(most, line.length); }, 0);
      return { i: i, id: node.id, kind: node.kind, lines: lines, x: positions[node.id].x, y: positions[node.id].y,
        width: Math.max(40, CHARACTER_WIDTH * widest) + 2 * PADDING, height: LINE_HEIGHT * lines.length + 2 * PADDING,
        bad: BAD[node.status] === true, root: node.kind === 'lot' && node.label === graph.root, outputs: [],
        folded: false, hidden: false };
    });
    var byId = {};
    nodes.forEach(function (node) { byId[node.id] = node; });
    var edges = graph.edges.filter(function (edge) {
      return byId[edge.source] && byId[edge.target];
    }).map(function (edge) {
      var source = byId[edge.source], target = byId[edge.target];
      if (source !== target) {
        source.outputs.push(target);
      }
      return { id: edge.id, source: source, target: target, label: edge.label, hidden: false };
    });
    var first = fitted(positions);
    var current = nodes.filter(function (node) { return node.root; })[0] || nodes[0];
    element.innerHTML = markup(nodes, edges, nodes.length > LARGE, first, current);
    var svg = element.firstElementChild;
    var boxes = svg.querySelectorAll('.box'), arrows = svg.querySelectorAll('.arrows path'),
      quantities = svg.querySelectorAll('.quantities text');
    var view = viewing(svg, first);
    svg.addEventListener('click', function (event) {
      var box = event.target.closest('.box');
      if (box && !view.dragged()) {
        toggle(byId[box.getAttribute('data-id')]);
      }
    });
    svg.addEventListener('keydown', function (event) {
      var box = event.target.closest ? event.target.closest('.box') : null;
      if (!box) {
        return;
      }
      if (event.key === 'Enter' || event.key === ' ') {
        toggle(byId[box.getAttribute('data-id')]);
      } else if (/^Arrow/.test(event.key)) {
        var next = neighbour(byId[box.getAttribute('data-id')], event.key);
        if (next) {
          focusOn(next);
        }
      } else {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    });
    count();

    /* The nearest shown box in the arrow's direction: the closest ahead, boxes off to the side counting three times. */
    function neighbour(from, key) {
      var best = null, least = Infinity;
      nodes.forEach(function (each) {
        var dx = each.x - from.x, dy = each.y - from.y;
        var ahead = { ArrowRight: dx, ArrowLeft: -dx, ArrowDown: dy, ArrowUp: -dy }[key];
        var aside = key === 'ArrowRight' || key === 'ArrowLeft' ? dy : dx;
        var distance = ahead + 3 * Math.abs(aside);
        if (each !== from && !each.hidden && ahead > 0 && distance < least) {
          best = each;
          least = distance;
        }
      });
      return best;
    }

    /* Moves the keyboard focus to a node's box (the one box Tab reaches) and brings it into the frame. */
    function focusOn(node) {
      boxes[current.i].setAttribute('tabindex', '-1');
      boxes[node.i].setAttribute('tabindex', '0');
      current = node;
      boxes[node.i].focus({ preventScroll: true });
      view.show(node.x, node.y);
    }

    /* Folds what follows a node away, or unfolds it: a node is hidden while a folded node leads to it. */
    function toggle(node) {
      if (!node.folded && node.outputs.length === 0) {
        return;
      }
      node.folded = !node.folded;
      boxes[node.i].classList.toggle('folded', node.folded);
      boxes[node.i].setAttribute('aria-expanded', String(!node.folded));
      var hidden = {}, reached = nodes.filter(function (each) { return each.folded; });
      for (var k = 0; k < reached.length; k++) {
        reached[k].outputs.forEach(function (next) {
          if (!hidden[next.id]) {
            hidden[next.id] = true;
            reached.push(next);
          }
        });
      }
      nodes.forEach(function (each) {
        if (each.hidden !== (hidden[each.id] === true)) {
          each.hidden = !each.hidden;
          boxes[each.i].classList.toggle('hidden', each.hidden);
        }
      });
      if (current.hidden) {
        boxes[current.i].setAttribute('tabindex', '-1');
        boxes[node.i].setAttribute('tabindex', '0');
        current = node;
      }
      edges.forEach(function (edge, j) {
        var gone = edge.source.hidden || edge.target.hidden;
        if (edge.hidden !== gone) {
          edge.hidden = gone;
          arrows[j].classList.toggle('hidden', gone);
          quantities[j].classList.toggle('hidden', gone);
        }
      });
      count();
    }

    function count() {
      element.dataset.drawnNodes = nodes.filter(function (node) { return !node.hidden; }).length;
      element.dataset.drawnEdges = edges.filter(function (edge) { return !edge.hidden; }).length;
    }

    return {
      /* Every node with its place in the drawing, whether it is shown or folded, and the ids of what it flows into. */
      nodes: function () {
        return nodes.map(function (node) {
          return { id: node.id, kind: node.kind, label: node.lines.join('\n'), x: node.x, y: node.y,
            visible: !node.hidden, folded: node.folded, root: node.root,
            outputs: node.outputs.map(function (next) { return next.id; }) };
        });
      },
      edges: function () {
        return edges.map(function (edge) {
          return { id: edge.id, source: edge.source.id, target: edge.target.id, label: edge.label,
            visible: !edge.hidden };
        });
      },
      /* What a click on the node's box does. */
      toggle: function (id) { toggle(byId[id]); },
      zoom: view.zoom,
      fit: view.fit,
      view: view.now
    };
  }

  /* The whole drawing as one string: arrows under boxes, the quantities in a group of their own. Above LARGE boxes
     arrows are straight lines; below, curves that keep arrows between the same two boxes apart. */
  function markup(nodes, edges, large, view, current) {
    var paths = [], quantities = [], boxes = [], parallel = {};
    edges.forEach(function (edge) {
      var from = edge.source, to = edge.target, pair = from.id + '\n' + to.id;
      var x1 = from.x + from.width / 2, y1 = from.y, x2 = to.x - to.width / 2, y2 = to.y;
      var shift = large ? 0 : (parallel[pair] = (parallel[pair] || 0) + 1) - 1;
      var offset = (shift % 2 === 0 ? 1 : -1) * Math.ceil(shift / 2) * PARALLEL_GAP, middle = (x1 + x2) / 2;
      paths.push(large ? '<path d="M' + round(x1) + ' ' + y1 + 'L' + round(x2) + ' ' + y2 + '"/>'
        : '<path d="M' + round(x1) + ' ' + y1 + 'C' + round(middle) + ' ' + (y1 + offset) + ' ' + round(middle)
          + ' ' + (y2 + offset) + ' ' + round(x2) + ' ' + y2 + '"/>');
      quantities.push('<text x="' + round(middle) + '" y="' + round((y1 + y2) / 2 + offset * 0.75) + '">'
        + escaped(edge.label || '') + '</text>');
    });
    nodes.forEach(function (node) {
      var party = node.kind === 'supplier' || node.kind === 'customer';
      var shape = party
        ? '<ellipse rx="' + round(node.width / 2) + '" ry="' + round(node.height / 2) + '"/>'
        : '<rect x="' + round(-node.width / 2) + '" y="' + round(-node.height / 2) + '" width="' + round(node.width)
          + '" height="' + round(node.height) + '" rx="6"/>';
      var lines = node.lines.map(function (line, i) {
        return '<tspan x="0" y="' + round((i - (node.lines.length - 1) / 2) * LINE_HEIGHT) + '">' + escaped(line)
          + '</tspan>';
      }).join('');
      boxes.push('<g class="box ' + node.kind + (node.bad ? ' bad' : '') + (node.root ? ' root' : '')
        + '" data-id="' + escaped(node.id) + '" transform="translate(' + round(node.x) + ' ' + round(node.y) + ')"'
        + ' tabindex="' + (node === current ? 0 : -1) + '" role="button"'
        + ' aria-label="' + escaped(node.lines.join(' · ')) + '"'
        + (node.outputs.length > 0 ? ' aria-expanded="true"' : '') + '>'
        + '<title>' + escaped(node.lines.join(' · ')) + '</title>' + shape + '<text>' + lines + '</text></g>');
    });
    return '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" class="' + smallPrint(view.zoom) + '">'
      + '<defs><marker id="trace-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5"'
      + ' orient="auto"><path d="M0 0L10 5L0 10z"/></marker></defs><g class="view" transform="'
      + transform(view.zoom, view.pan.x, view.pan.y) + '">'
      + '<g class="arrows" marker-end="url(#trace-arrow)">' + paths.join('') + '</g>'
      + '<g class="quantities">' + quantities.join('') + '</g>'
      + '<g class="boxes">' + boxes.join('') + '</g></g></svg>';
  }

  /* Pan and zoom: the view is a transform of the drawing (a zoom and where its origin stands in the frame), written
     at most once a frame. Labels smaller than READABLE pixels at the zoom are hidden by a class on the SVG. */
  function viewing(svg, first) {
    var group = svg.querySelector('.view'), now = { zoom: first.zoom, x: first.pan.x, y: first.pan.y },
      least = Math.min(first.zoom / 4, 0.1), most = Math.max(MOST_ZOOM, first.zoom), pending = false,
      pointers = {}, start = null, dragged = false;
    var write = function () {
      pending = false;
      group.setAttribute('transform', transform(now.zoom, now.x, now.y));
      svg.setAttribute('class', smallPrint(now.zoom));
    };
    var later = function () {
      if (!pending) {
        pending = true;
        requestAnimationFrame(write);
      }
    };
    var zoomAt = function (factor, x, y) {
      var zoom = Math.min(most, Math.max(least, now.zoom * factor));
      now.x = x - (x - now.x) * zoom / now.zoom;
      now.y = y - (y - now.y) * zoom / now.zoom;
      now.zoom = zoom;
      later();
    };
    var inFrame = function (event) {
      var frame = svg.getBoundingClientRect();
      return { x: event.clientX - frame.left, y: event.clientY - frame.top };
    };
    var centre = function () {
      return { x: svg.clientWidth / 2, y: svg.clientHeight / 2 };
    };
    var zoom = function (factor) {
      var at = centre();
      zoomAt(factor, at.x, at.y);
    };
    var fit = function () {
      now = { zoom: first.zoom, x: first.pan.x, y: first.pan.y };
      later();
    };
    /* Centres the view on a point of the drawing that stands outside the frame or near its edge. */
    var show = function (x, y) {
      var atX = now.x + x * now.zoom, atY = now.y + y * now.zoom, width = svg.clientWidth, height = svg.clientHeight;
      if (atX < SHOW_MARGIN || atX > width - SHOW_MARGIN || atY < SHOW_MARGIN || atY > height - SHOW_MARGIN) {
        now.x = width / 2 - x * now.zoom;
        now.y = height / 2 - y * now.zoom;
        later();
      }
    };
    svg.addEventListener('wheel', function (event) {
      event.preventDefault();
      var at = inFrame(event);
      zoomAt(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 40 : 1) * 0.0025), at.x, at.y);
    }, { passive: false });
    svg.addEventListener('pointerdown', function (event) {
      if (event.button !== 0) {
        return;
      }
      pointers[event.pointerId] = inFrame(event);
      start = { x: event.clientX, y: event.clientY, panX: now.x, panY: now.y };
      dragged = false;
    });
    svg.addEventListener('pointermove', function (event) {
      if (!pointers[event.pointerId]) {
        return;
      }
      var ids = Object.keys(pointers), at = inFrame(event);
      if (ids.length === 2) {
        var other = pointers[ids[0] === String(event.pointerId) ? ids[1] : ids[0]], was = pointers[event.pointerId];
        var apart = Math.hypot(at.x - other.x, at.y - other.y), before = Math.hypot(was.x - other.x, was.y - other.y);
        if (before > 0) {
          zoomAt(apart / before, (at.x + other.x) / 2, (at.y + other.y) / 2);
        }
        dragged = true;
      } else if (start) {
        var dx = event.clientX - start.x, dy = event.clientY - start.y;
        if (!dragged && Math.abs(dx) + Math.abs(dy) > DRAG_AFTER) {
          dragged = true;
          svg.setPointerCapture(event.pointerId);
        }
        if (dragged) {
          now.x = start.panX + dx;
          now.y = start.panY + dy;
          later();
        }
      }
      pointers[event.pointerId] = at;
    });
    var lift = function (event) {
      delete pointers[event.pointerId];
      start = null;
    };
    svg.addEventListener('pointerup', lift);
    svg.addEventListener('pointercancel', lift);
    element.addEventListener('keydown', function (event) {
      var step = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] }[event.key];
      if (event.key === '+' || event.key === '=') {
        zoom(1.25);
      } else if (event.key === '-') {
        zoom(0.8);
      } else if (event.key === '0') {
        fit();
      } else if (step) {
        now.x += step[0];
        now.y += step[1];
        later();
      } else {
        return;
      }
      event.preventDefault();
    });
    return {
      zoom: zoom,
      fit: fit,
      show: show,
      now: function () { return { zoom: now.zoom, x: now.x, y: now.y }; },
      /* Whether the pointer moved the view since it was pressed: then its click folds nothing. */
      dragged: function () { return dragged; }
    };
  }

  /* Column and row of every node: a node stands one column right of the furthest node flowing into it (longest path
     from the sources, in topological order), customers all in the last; in its column, nodes follow the mean row of
     their inputs. A node left in a cycle, which a trace should not have, goes to the column after the others. */
  function layers(graph) {
    var inputs = {}, outputs = {}, waiting = {}, column = {};
    graph.nodes.forEach(function (node) { inputs[node.id] = []; outputs[node.id] = []; waiting[node.id] = 0; });
    graph.edges.forEach(function (edge) {
      if (inputs[edge.target] && outputs[edge.source] && edge.source !== edge.target) {
        inputs[edge.target].push(edge.source);
        outputs[edge.source].push(edge.target);
        waiting[edge.target]++;
      }
    });
    var order = graph.nodes.filter(function (node) { return waiting[node.id] === 0; }).map(function (node) {
      column[node.id] = 0;
      return node.id;
    });
    for (var i = 0; i < order.length; i++) {
      outputs[order[i]].forEach(function (next) {
        column[next] = Math.max(column[next] || 0, column[order[i]] + 1);
        if (--waiting[next] === 0) {
          order.push(next);
        }
      });
    }
    var last = 0;
    order.forEach(function (id) { last = Math.max(last, column[id]); });
    graph.nodes.forEach(function (node) {
      if (waiting[node.id] > 0) {
        column[node.id] = last + 1;
        order.push(node.id);
      }
    });
    var lastLot = 0;
    graph.nodes.forEach(function (node) {
      if (node.kind !== 'customer') {
        lastLot = Math.max(lastLot, column[node.id]);
      }
    });
    graph.nodes.forEach(function (node) {
      if (node.kind === 'customer') {
        column[node.id] = lastLot + 1;
      }
    });
    var columns = [], row = {}, positions = {};
    order.forEach(function (id) { (columns[column[id]] = columns[column[id]] || []).push(id); });
    columns = columns.filter(function (ids) { return ids !== undefined; });
    var rows = rowsFitting(columns.map(function (ids) { return ids.length; }));
    var x = 0;
    columns.forEach(function (ids) {
      var wanted = {};
      ids.forEach(function (id) {
        var placed = inputs[id].filter(function (input) { return row[input] !== undefined; });
        wanted[id] = placed.length === 0 ? 0
          : placed.reduce(function (sum, input) { return sum + row[input]; }, 0) / placed.length;
      });
      ids.sort(function (a, b) { return wanted[a] - wanted[b]; });
      var lanes = Math.ceil(ids.length / rows);
      var height = Math.ceil(ids.length / lanes);
      ids.forEach(function (id, i) {
        row[id] = Math.floor(i / lanes) - height / 2;
        positions[id] = { x: x + (i % lanes) * COLUMN_WIDTH, y: row[id] * ROW_HEIGHT };
      });
      x += lanes * COLUMN_WIDTH + COLUMN_GAP;
    });
    return positions;
  }

  /* How many boxes a column holds before it continues in a lane beside it, chosen so that the whole graph has about
     the shape of its frame: a column of hundreds of lots is drawn as a block rather than as a thin needle. The order
     of a column runs across its lanes, row by row, so that its rows still follow its inputs. A column of up to
     LANE_AFTER boxes keeps one lane. */
  function rowsFitting(sizes) {
    var target = element.clientWidth / Math.max(1, element.clientHeight);
    var tallest = Math.max.apply(null, sizes.concat([1]));
    var best = tallest, bestMiss = Infinity;
    for (var rows = Math.min(tallest, LANE_AFTER); rows <= tallest; rows++) {
      var width = sizes.reduce(function (sum, size) {
        return sum + Math.ceil(size / rows) * COLUMN_WIDTH + COLUMN_GAP;
      }, 0);
      var miss = Math.abs(Math.log(width / (rows * ROW_HEIGHT) / target));
      if (miss < bestMiss) {
        best = rows;
        bestMiss = miss;
      }
    }
    return best;
  }

  /* The zoom and pan that show every box, from the positions alone. */
  function fitted(positions) {
    var left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    Object.keys(positions).forEach(function (id) {
      left = Math.min(left, positions[id].x);
      right = Math.max(right, positions[id].x);
      top = Math.min(top, positions[id].y);
      bottom = Math.max(bottom, positions[id].y);
    });
    if (left === Infinity) {
      return { zoom: 1, pan: { x: 0, y: 0 } };
    }
    left -= COLUMN_WIDTH / 2;
    right += COLUMN_WIDTH / 2;
    top -= ROW_HEIGHT;
    bottom += ROW_HEIGHT;
    var zoom = Math.min(element.clientWidth / (right - left), element.clientHeight / (bottom - top), MAX_ZOOM);
    return { zoom: zoom, pan: { x: (element.clientWidth - zoom * (left + right)) / 2,
      y: (element.clientHeight - zoom * (top + bottom)) / 2 } };
  }

  function transform(zoom, x, y) {
    return 'translate(' + round(x) + ' ' + round(y) + ') scale(' + zoom + ')';
  }

  /* The classes that hide the labels of boxes and arrows smaller than READABLE pixels at a zoom. */
  function smallPrint(zoom) {
    return (zoom * BOX_FONT < READABLE ? 'small-boxes ' : '') + (zoom * EDGE_FONT < READABLE ? 'small-quantities' : '');
  }

  function round(value) {
    return Math.round(value * 10) / 10;
  }

  function escaped(value) {
    return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
})();
