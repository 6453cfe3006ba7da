/// The report's stylesheet, inline in the page. The states' colours come from `WeekStateLook`
/// (the one place they are defined); a missing week is also hatched, so it differs from the
/// others without colour.
enum ReportStyle {
  /// The class of a cell, a row part or a timeline week in `state`: `k-dated-elsewhere`.
  static func stateClass(_ state: WeekState) -> String { "k-" + state.rawValue }

  /// The whole stylesheet.
  static let css: String = {
    var rules = """
      :root{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fff}
      body{margin:0 auto;padding:1rem 1.5rem;max-width:96rem}
      h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin:1.5rem 0 .4rem}h3{font-size:1.05rem;margin:1rem 0 .3rem}
      small,.muted{color:#555}
      table{border-collapse:collapse}th,td{text-align:left;vertical-align:top;padding:.15rem .4rem}
      caption{text-align:left;font-weight:600;padding:.3rem 0}
      .list th,.list td{border-bottom:1px solid #ddd}.list thead th{border-bottom:2px solid #999}
      .num{text-align:right;font-variant-numeric:tabular-nums}
      .scroll{overflow-x:auto}
      .grid{font-size:12px}.grid th,.grid td{padding:0}
      .grid thead th{text-align:center;min-width:1.9em;padding:.1rem;font-weight:600}
      .grid tbody th{padding:.1rem .6rem .1rem 0;white-space:nowrap;max-width:16rem;overflow:hidden;text-overflow:ellipsis}
      .grid td{text-align:center;border:1px solid #fff}
      .grid td a,.grid td span{display:block;min-width:1.9em;line-height:1.7em;color:inherit;text-decoration:none;position:relative}
      .grid td a:hover::after,.grid td a:focus::after{content:attr(aria-label);position:absolute;left:100%;top:0;z-index:2;white-space:nowrap;background:#222;color:#fff;padding:0 .4rem;font-weight:400}
      .grid td.n{color:#999}.grid td.c{text-align:right;padding:0 .3rem;white-space:nowrap}
      .grid button{font:inherit;font-weight:600;border:0;background:none;cursor:pointer;padding:0;color:inherit}
      .grid th[aria-sort] button{text-decoration:underline}
      .s{display:inline-block;min-width:1.5em;text-align:center;border-radius:2px;margin-right:.3em}
      .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
      .counts{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;padding:0;list-style:none}
      #controls input{font:inherit;padding:.2rem .4rem;width:20rem}
      .site{border-top:2px solid #999;margin-top:2rem}
      .site h2 small{font-weight:400}
      details{margin:.3rem 0}summary{cursor:pointer}
      details>div{padding:.2rem 0 .5rem 1.2rem}
      .tl rect{width:8px;height:8px;stroke:#777;stroke-width:1;fill:#fff}.tl text{font-size:9px;fill:#333}
      .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
      pre{white-space:pre-wrap;margin:0;font:inherit}
      nav a{margin-right:.5rem}
      .site,main>section[id^="w"]{content-visibility:auto;contain-intrinsic-size:auto 800px}

      """
    for state in WeekState.allCases {
      let look = WeekStateLook.of(state)
      let name = stateClass(state)
      var rule = ".\(name){background-color:\(look.colour);color:\(look.ink)}.tl .\(name) .on{fill:\(look.colour)}"
      if state == .missing {
        // Hatched with the state's own ink, so the cell is told apart without colour.
        rule +=
          ".\(name){background-image:repeating-linear-gradient(45deg,transparent 0 3px,\(look.ink)40 3px 4px)}"
      }
      rules += rule + "\n"
    }
    rules += """
      @media print{
      #controls,nav{display:none}
      .site{break-before:page}
      .site,main>section{content-visibility:visible}
      a{color:inherit;text-decoration:none}
      .grid td a:hover::after{content:none}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      details>summary{list-style:none}
      }

      """
    return rules
  }()
}
