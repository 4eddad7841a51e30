// The diagram's client side: shows the server's SVG, zoom (wheel, buttons), pan (drag the background), fit, drag
// boxes (reported to the server, which saves and redraws), hover/select highlighting, SVG and PNG downloads.
// Plain script of our own, loaded at runtime (no frontend bundle); calls back through @ClientCallable ($server).
(function () {
  if (window.sbDiagram) {
    return;
  }
  const NS = 'http://www.w3.org/2000/svg';

  function svgOf(host) {
    return host.querySelector('svg.sb-erd');
  }

  function setBox(svg, vb) {
    svg.setAttribute('viewBox', vb.map(v => Math.round(v * 100) / 100).join(' '));
  }

  function toSvgPoint(svg, clientX, clientY) {
    const p = svg.createSVGPoint();
    p.x = clientX;
    p.y = clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }

  function relationsOf(svg, id) {
    return svg.querySelectorAll('.sb-rel[data-from="' + id + '"], .sb-rel[data-to="' + id + '"]');
  }

  function highlight(host) {
    const svg = svgOf(host);
    if (!svg) {
      return;
    }
    const st = host._sb;
    svg.querySelectorAll('.hl').forEach(e => e.classList.remove('hl'));
    svg.querySelectorAll('.sb-box.selected').forEach(e => e.classList.remove('selected'));
    const ids = new Set(st.selected);
    st.selected.forEach(id => {
      const box = svg.querySelector('.sb-box[data-id="' + id + '"]');
      if (box) {
        box.classList.add('selected');
      }
    });
    if (st.hover) {
      ids.add(st.hover);
    }
    ids.forEach(id => {
      const box = svg.querySelector('.sb-box[data-id="' + id + '"]');
      if (box) {
        box.classList.add('hl');
      }
      relationsOf(svg, id).forEach(rel => {
        rel.classList.add('hl');
        const label = svg.querySelector('.sb-label[data-rel="' + rel.dataset.id + '"]');
        if (label) {
          label.classList.add('hl');
        }
      });
    });
    svg.classList.toggle('focus', ids.size > 0);
  }

  function install(host) {
    const st = host._sb;
    host.addEventListener('wheel', e => {
      const svg = svgOf(host);
      if (!svg) {
        return;
      }
      e.preventDefault();
      const p = toSvgPoint(svg, e.clientX, e.clientY);
      zoomAt(host, e.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y);
    }, {passive: false});

    host.addEventListener('pointerdown', e => {
      const svg = svgOf(host);
      if (!svg || e.button !== 0) {
        return;
      }
      const box = e.target.closest('.sb-box');
      st.lastBox = box ? box.dataset.id : null;
      const start = toSvgPoint(svg, e.clientX, e.clientY);
      if (box) {
        const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(box.getAttribute('transform'));
        st.drag = {box, id: box.dataset.id, x0: +m[1], y0: +m[2], start, moved: false, shift: e.shiftKey,
          onName: e.target.classList && e.target.classList.contains('name')};
      } else {
        st.pan = {start: {x: e.clientX, y: e.clientY}, vb: st.vb.slice(), scale: st.vb[2] / svg.clientWidth};
      }
      host.setPointerCapture(e.pointerId);
    });

    host.addEventListener('pointermove', e => {
      const svg = svgOf(host);
      if (!svg) {
        return;
      }
      if (st.drag) {
        const p = toSvgPoint(svg, e.clientX, e.clientY);
        const dx = p.x - st.drag.start.x;
        const dy = p.y - st.drag.start.y;
        if (!st.drag.moved && Math.hypot(dx, dy) < 4) {
          return;
        }
        if (host.dataset.editable !== 'true') {
          return;
        }
        if (!st.drag.moved) {
          st.drag.moved = true;
          relationsOf(svg, st.drag.id).forEach(r => r.style.opacity = '0.15');
        }
        st.drag.nx = Math.round(st.drag.x0 + dx);
        st.drag.ny = Math.round(st.drag.y0 + dy);
        st.drag.box.setAttribute('transform', 'translate(' + st.drag.nx + ',' + st.drag.ny + ')');
      } else if (st.pan) {
        const dx = (e.clientX - st.pan.start.x) * st.pan.scale;
        const dy = (e.clientY - st.pan.start.y) * st.pan.scale;
        st.vb = [st.pan.vb[0] - dx, st.pan.vb[1] - dy, st.pan.vb[2], st.pan.vb[3]];
        setBox(svg, st.vb);
      } else {
        const box = e.target.closest && e.target.closest('.sb-box');
        const id = box ? box.dataset.id : null;
        if (id !== st.hover) {
          st.hover = id;
          highlight(host);
        }
      }
    });

    host.addEventListener('pointerup', e => {
      if (st.drag) {
        const d = st.drag;
        st.drag = null;
        if (d.moved) {
          host.$server.moved(d.id, d.nx, d.ny);
        } else if (d.onName) {
          host.$server.open(d.id);
        } else {
          if (d.shift) {
            st.selected = st.selected.includes(d.id) ? st.selected.filter(x => x !== d.id)
                : st.selected.concat([d.id]);
          } else {
            st.selected = st.selected.length === 1 && st.selected[0] === d.id ? [] : [d.id];
          }
          highlight(host);
          host.$server.selected(st.selected.join(','));
        }
      } else if (st.pan) {
        const moved = Math.hypot(e.clientX - st.pan.start.x, e.clientY - st.pan.start.y) > 3;
        st.pan = null;
        if (!moved && st.selected.length) {
          st.selected = [];
          highlight(host);
          host.$server.selected('');
        }
      }
    });

    host.addEventListener('dblclick', () => {
      if (st.lastBox) {
        host.$server.open(st.lastBox);
      }
    });
  }

  function zoomAt(host, factor, cx, cy) {
    const st = host._sb;
    const svg = svgOf(host);
    const w = st.vb[2] / factor;
    const h = st.vb[3] / factor;
    const minW = 150;
    const maxW = st.natural[2] * 4 + 2000;
    if (w < minW || w > maxW) {
      return;
    }
    st.vb = [cx - (cx - st.vb[0]) / factor, cy - (cy - st.vb[1]) / factor, w, h];
    setBox(svg, st.vb);
  }

  function naturalSvg(host) {
    const svg = svgOf(host).cloneNode(true);
    const st = host._sb;
    svg.setAttribute('viewBox', st.natural.join(' '));
    svg.setAttribute('width', st.natural[2]);
    svg.setAttribute('height', st.natural[3]);
    svg.removeAttribute('style');
    svg.classList.remove('focus');
    svg.querySelectorAll('.hl, .selected').forEach(e => e.classList.remove('hl', 'selected'));
    return new XMLSerializer().serializeToString(svg);
  }

  function download(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => {
      URL.revokeObjectURL(a.href);
      a.remove();
    }, 1000);
  }

  window.sbDiagram = {
    show(host, text, keepView, editable) {
      if (!host._sb) {
        host._sb = {selected: [], hover: null};
        install(host);
      }
      const st = host._sb;
      host.dataset.editable = editable ? 'true' : 'false';
      const canvas = host;
      canvas.innerHTML = text;
      const svg = svgOf(host);
      st.natural = svg.getAttribute('viewBox').split(/\s+/).map(Number);
      svg.removeAttribute('width');
      svg.removeAttribute('height');
      svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
      svg.style.position = 'absolute';
      svg.style.inset = '0';
      svg.style.width = '100%';
      svg.style.height = '100%';
      if (keepView && st.vb) {
        setBox(svg, st.vb);
      } else {
        st.vb = st.natural.slice();
        st.selected = [];
      }
      st.selected = st.selected.filter(id => svg.querySelector('.sb-box[data-id="' + id + '"]'));
      highlight(host);
    },
    zoom(host, factor) {
      const st = host._sb;
      if (st && st.vb) {
        zoomAt(host, factor, st.vb[0] + st.vb[2] / 2, st.vb[1] + st.vb[3] / 2);
      }
    },
    fit(host) {
      const st = host._sb;
      if (st && st.natural) {
        st.vb = st.natural.slice();
        setBox(svgOf(host), st.vb);
      }
    },
    select(host, ids) {
      if (host._sb) {
        host._sb.selected = ids;
        highlight(host);
      }
    },
    downloadSvg(host, name) {
      download(new Blob([naturalSvg(host)], {type: 'image/svg+xml'}), name);
    },
    downloadPng(host, name) {
      const st = host._sb;
      const text = naturalSvg(host);
      const w = st.natural[2];
      const h = st.natural[3];
      // 2x for sharpness, less for very large views (browsers cap a canvas at about 16k px a side / 268M px)
      const scale = Math.max(0.1, Math.min(2, 16000 / w, 16000 / h, Math.sqrt(120e6 / (w * h))));
      const img = new Image();
      img.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(w * scale);
        canvas.height = Math.round(h * scale);
        const g = canvas.getContext('2d');
        g.fillStyle = '#fff';
        g.fillRect(0, 0, canvas.width, canvas.height);
        g.drawImage(img, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(blob => download(blob, name), 'image/png');
      };
      img.onerror = () => host.$server.exportFailed('The picture could not be rendered in this browser.');
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
    }
  };
})();
