@testable import WorklogKit

/// Small sites in our own words, one per page layout seen in real worklogs, for the tests of
/// `SiteConventions` and `worklog new`: each knows the paths its next week's pages must get.
package struct LayoutFixture: Sendable, CustomStringConvertible {
  package var name: String
  /// The page paths of week `n`, below the site's root, with each page's language.
  package var paths: @Sendable (Int) -> [(path: String, language: String)]
  /// Whether pages have front matter.
  package var frontMatter = true
  /// The weeks the site has.
  package var weeks: [Int] = [1, 2]
  /// The paths week 3 must get, below the root.
  package var expected: [String]

  package var description: String { name }

  /// The site's files below `root`.
  package func files(root: String = "site") -> [String: String] {
    var out: [String: String] = [:]
    for week in weeks {
      for (path, language) in paths(week) {
        out[root + "/" + path] = LayoutFixture.page(week: week, language: language, frontMatter: frontMatter)
      }
    }
    return out
  }

  /// The one site below `site` in `fileSystem`, read as the commands read it.
  package static func site(_ fileSystem: any FileSystem, root: String = "site") -> Site? {
    let workspace = Workspace.resolve([root], fileSystem: fileSystem)
    var sites: [Site] = []
    PageLoader(fileSystem: fileSystem, parallelism: 1).forEachSite(located: workspace.pages, transform: { $0 }) {
      sites.append($0)
    }
    return sites.first
  }

  /// A week page of ours: a few objectives, a dated table of two days, achievements.
  package static func page(week n: Int, language: String, frontMatter: Bool = true, dayFirst: Bool = true) -> String {
    let first = CalendarDate(year: 2025, month: 9, day: 8)!.adding(days: 7 * (n - 1))
    func two(_ k: Int) -> String { k < 10 ? "0\(k)" : "\(k)" }
    func date(_ offset: Int) -> String {
      let d = first.adding(days: offset)
      return dayFirst ? "\(two(d.day))/\(two(d.month))/\(d.year)" : "\(two(d.month))/\(two(d.day))/\(d.year)"
    }
    let iso = first.description
    let monday = 0
    let vi = language == "vi"
    var lines: [String] = []
    if frontMatter {
      lines += [
        "---", vi ? "title: \"Tuần \(n)\"" : "title: \"Week \(n) Worklog\"", "date: \(iso)", "weight: \(n)",
        "chapter: false", "pre: \" <b> 1.\(n). </b> \"", "---", "",
      ]
    }
    if vi {
      lines += [
        "### Mục tiêu tuần \(n):", "", "- Luyện tập dòng lệnh", "", "### Các công việc trong tuần:", "",
        "| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Tài liệu |", "| --- | --- | --- | --- | --- |",
        "| 2 | Viết một đoạn script nhỏ | \(date(monday)) | \(date(monday)) | |",
        "| 3 | Đọc về đường ống lệnh | \(date(monday + 1)) | \(date(monday + 1)) | |", "",
        "### Kết quả đạt được tuần \(n):", "", "- Đoạn script chạy được", "",
      ]
    } else {
      lines += [
        "### Week \(n) Objectives:", "", "- Practise the shell", "", "### Tasks to be carried out this week:", "",
        "| Day | Task | Start Date | Completion Date | Reference Material |", "| --- | --- | --- | --- | --- |",
        "| 2 | Write a small shell script | \(date(monday)) | \(date(monday)) | |",
        "| 3 | Read about pipes | \(date(monday + 1)) | \(date(monday + 1)) | |", "",
        "### Week \(n) Achievements:", "", "- A script that runs", "",
      ]
    }
    return lines.joined(separator: "\n")
  }

  /// One fixture per layout of the corpus (CORPUS-NOTES §1 and §14; the MANIFEST's layout column).
  package static let all: [LayoutFixture] = [
    LayoutFixture(
      name: "template 1.N-WeekN/_index{.md,.vi.md}",
      paths: { n in
        [
          ("content/1-Worklog/1.\(n)-Week\(n)/_index.md", "en"),
          ("content/1-Worklog/1.\(n)-Week\(n)/_index.vi.md", "vi"),
        ]
      },
      expected: ["content/1-Worklog/1.3-Week3/_index.md", "content/1-Worklog/1.3-Week3/_index.vi.md"]),
    LayoutFixture(
      name: "lower-case 1-worklog/1.N-weekN",
      paths: { n in
        [
          ("content/1-worklog/1.\(n)-week\(n)/_index.md", "en"),
          ("content/1-worklog/1.\(n)-week\(n)/_index.vi.md", "vi"),
        ]
      },
      expected: ["content/1-worklog/1.3-week3/_index.md", "content/1-worklog/1.3-week3/_index.vi.md"]),
    LayoutFixture(
      name: "zero-padded 1.0N-WeekN",
      paths: { n in
        [
          ("content/1-Worklog/1.0\(n)-Week\(n)/_index.md", "en"),
          ("content/1-Worklog/1.0\(n)-Week\(n)/_index.vi.md", "vi"),
        ]
      },
      expected: ["content/1-Worklog/1.03-Week3/_index.md", "content/1-Worklog/1.03-Week3/_index.vi.md"]),
    LayoutFixture(
      name: "numbered one below the week 1.(N-1)-WeekN",
      paths: { n in
        [
          ("content/1-Worklog/1.\(n - 1)-Week\(n)/_index.md", "en"),
          ("content/1-Worklog/1.\(n - 1)-Week\(n)/_index.vi.md", "vi"),
        ]
      },
      expected: ["content/1-Worklog/1.2-Week3/_index.md", "content/1-Worklog/1.2-Week3/_index.vi.md"]),
    LayoutFixture(
      name: "no prefix WeekN/",
      paths: { n in [("content/1-Worklog/Week\(n)/_index.md", "en"), ("content/1-Worklog/Week\(n)/_index.vi.md", "vi")]
      },
      expected: ["content/1-Worklog/Week3/_index.md", "content/1-Worklog/Week3/_index.vi.md"]),
    LayoutFixture(
      name: "English .en.md, Vietnamese unsuffixed",
      paths: { n in
        [
          ("content/1-Worklog/1.\(n)-Week\(n)/_index.en.md", "en"),
          ("content/1-Worklog/1.\(n)-Week\(n)/_index.md", "vi"),
        ]
      },
      expected: ["content/1-Worklog/1.3-Week3/_index.en.md", "content/1-Worklog/1.3-Week3/_index.md"]),
    LayoutFixture(
      name: ".en.md and .vi.md",
      paths: { n in
        [
          ("content/1-Worklog/1.\(n)-Week\(n)/_index.en.md", "en"),
          ("content/1-Worklog/1.\(n)-Week\(n)/_index.vi.md", "vi"),
        ]
      },
      expected: ["content/1-Worklog/1.3-Week3/_index.en.md", "content/1-Worklog/1.3-Week3/_index.vi.md"]),
    LayoutFixture(
      name: "flat 1.N-WeekN{.md,.en.md}",
      paths: { n in [("content/1-Worklog/1.\(n)-Week\(n).en.md", "en"), ("content/1-Worklog/1.\(n)-Week\(n).md", "vi")]
      },
      expected: ["content/1-Worklog/1.3-Week3.en.md", "content/1-Worklog/1.3-Week3.md"]),
    LayoutFixture(
      name: "flat week-NN{.md,.vi.md}",
      paths: { n in [("content/1-Worklog/week-0\(n).md", "en"), ("content/1-Worklog/week-0\(n).vi.md", "vi")] },
      expected: ["content/1-Worklog/week-03.md", "content/1-Worklog/week-03.vi.md"]),
    LayoutFixture(
      name: "no front matter worklog/week-N{.en.md,.vi.md}",
      paths: { n in [("content/worklog/week-\(n).en.md", "en"), ("content/worklog/week-\(n).vi.md", "vi")] },
      frontMatter: false,
      expected: ["content/worklog/week-3.en.md", "content/worklog/week-3.vi.md"]),
    LayoutFixture(
      name: "section renumbered 2-Worklog/2.N-WeekN",
      paths: { n in
        [
          ("content/2-Worklog/2.\(n)-Week\(n)/_index.md", "en"),
          ("content/2-Worklog/2.\(n)-Week\(n)/_index.vi.md", "vi"),
        ]
      },
      expected: ["content/2-Worklog/2.3-Week3/_index.md", "content/2-Worklog/2.3-Week3/_index.vi.md"]),
    LayoutFixture(
      name: "language folders content/vi/ with leaf bundles",
      paths: { n in [("content/worklog/week-0\(n)/index.md", "en"), ("content/vi/worklog/week-0\(n)/index.md", "vi")] },
      expected: ["content/worklog/week-03/index.md", "content/vi/worklog/week-03/index.md"]),
    LayoutFixture(
      name: "Vietnamese only 1-worklog/N/_index.md",
      paths: { n in [("content/1-worklog/\(n)/_index.md", "vi")] },
      expected: ["content/1-worklog/3/_index.md"]),
    LayoutFixture(
      name: "English only",
      paths: { n in [("content/1-Worklog/1.\(n)-Week\(n)/_index.md", "en")] },
      expected: ["content/1-Worklog/1.3-Week3/_index.md"]),
    LayoutFixture(
      name: "site in a subfolder report/content/1-worklog",
      paths: { n in
        [
          ("report/content/1-worklog/1.\(n)-week\(n)/_index.md", "en"),
          ("report/content/1-worklog/1.\(n)-week\(n)/_index.vi.md", "vi"),
        ]
      },
      expected: ["report/content/1-worklog/1.3-week3/_index.md", "report/content/1-worklog/1.3-week3/_index.vi.md"]),
    LayoutFixture(
      name: "weeks above 9 keep the padding 1.0N",
      paths: { n in
        let nn = n < 10 ? "0\(n)" : "\(n)"
        return [
          ("content/1-Worklog/1.\(nn)-Week\(n)/_index.md", "en"),
          ("content/1-Worklog/1.\(nn)-Week\(n)/_index.vi.md", "vi"),
        ]
      },
      weeks: [8, 9, 10, 11],
      expected: ["content/1-Worklog/1.12-Week12/_index.md", "content/1-Worklog/1.12-Week12/_index.vi.md"]),
  ]
}
