/// The report's one small script: sorting the heatmap's rows by a column (a button in each
/// header, made by the script, so a page read without it has no dead control), filtering the
/// sites by name or state, opening the `<details>` a link points into, and opening every one
/// before printing. The page reads in full without it.
enum ReportScript {
  /// The script, inline in the page.
  static let javascript: String = {
    let ranks = WeekState.allCases.enumerated().map { "'\(ReportStyle.stateClass($0.element))':\($0.offset)" }
      .joined(separator: ",")
    return """
      (function(){
      'use strict';
      var rank={\(ranks)};
      function reveal(){var id=decodeURIComponent(location.hash.slice(1));if(!id)return;var t=document.getElementById(id);
      if(!t)return;for(var e=t;e;e=e.parentElement){if(e.tagName==='DETAILS')e.open=true;}t.scrollIntoView();}
      window.addEventListener('hashchange',reveal);reveal();
      window.addEventListener('beforeprint',function(){var d=document.querySelectorAll('details');
      for(var i=0;i<d.length;i++)d[i].open=true;});
      var grid=document.getElementById('grid');if(!grid)return;
      var body=grid.tBodies[0],heads=grid.tHead.rows[0].cells;
      function key(cell,i){if(!cell)return '';var c=cell.className;if(c.indexOf('k-')===0&&rank[c]!==undefined)return rank[c];
      if(c==='n')return 99;var v=cell.getAttribute('data-v');if(v!==null)return +v;return cell.textContent.toLowerCase();}
      function sort(i){var th=heads[i],up=th.getAttribute('aria-sort')!=='ascending';
      for(var j=0;j<heads.length;j++)heads[j].removeAttribute('aria-sort');th.setAttribute('aria-sort',up?'ascending':'descending');
      var rows=Array.prototype.slice.call(body.rows),n=rows.map(function(r,k){return [key(r.cells[i],i),k,r];});
      n.sort(function(a,b){if(a[0]<b[0])return up?-1:1;if(a[0]>b[0])return up?1:-1;return a[1]-b[1];});
      var f=document.createDocumentFragment();n.forEach(function(x){f.appendChild(x[2]);});body.appendChild(f);}
      Array.prototype.forEach.call(heads,function(th,i){var b=document.createElement('button');b.type='button';
      b.textContent=th.textContent;b.title='sort by '+(th.getAttribute('data-t')||th.textContent);
      b.addEventListener('click',function(){sort(i);});th.textContent='';th.appendChild(b);});
      var controls=document.getElementById('controls'),input=document.getElementById('filter');
      if(!controls||!input)return;controls.hidden=false;
      var weekRows=document.querySelectorAll('tr[data-s]');
      input.addEventListener('input',function(){var q=input.value.trim().toLowerCase(),shown={},count=0;
      Array.prototype.forEach.call(body.rows,function(r){var ok=!q||r.getAttribute('data-f').indexOf(q)>=0;r.hidden=!ok;
      var id=r.id.slice(1);shown[id]=ok;if(ok)count++;var s=document.getElementById('s'+id);if(s)s.hidden=!ok;});
      Array.prototype.forEach.call(weekRows,function(r){r.hidden=!shown[r.getAttribute('data-s')];});
      document.getElementById('shown').textContent=q?count+' of '+body.rows.length+' sites shown':'';});
      })();
      """
  }()
}
