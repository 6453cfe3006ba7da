import Testing

@testable import WorklogKit

@Suite struct PagePathTests {
  @Test(arguments: [
    ("site/content/1-Worklog/1.8-Week8/_index.md", 8),
    ("site/content/1-worklog/1.08-week8/_index.vi.md", 8),
    ("site/content/1-Worklog/1.12-Week12/_index.md", 12),
    ("site/content/1-Worklog/Week8/_index.md", 8),
    ("site/content/Week-8/_index.md", 8),
    ("site/content/1-worklog/8/_index.md", 8),
    ("site/content/worklog/week-08/index.md", 8),
    ("site/content/vi/worklog/week-08/index.md", 8),
    ("site/content/1-Worklog/1.8-Week8.md", 8),
    ("site/content/1-worklog/1.8-week8.md", 8),
    ("site/content/worklog/week-8.en.md", 8),
    ("site/content/en/1-worklog/week_8/_index.en.md", 8),
    ("site/content/2-Worklog/2.8-Week8/_index.md", 8),
    ("site/content/1-Worklog/1.13-Week13/_index2.vi.md", 13),
    ("site/content/1-Worklog/1.8-tuan-8/_index.md", 8),
  ])
  func weekFromThePath(_ path: String, _ week: Int) {
    #expect(PagePath(path).week == week)
  }

  @Test(arguments: [
    "site/content/1-Worklog/_index.md", "site/content/1-worklog/_index.vi.md", "site/content/worklog/_index.md",
    "site/content/2-Worklog/_index.md",
  ])
  func sectionPagesHaveNoWeek(_ path: String) {
    let p = PagePath(path)
    #expect(p.week == nil)
    #expect(p.isSectionIndex)
  }

  @Test func languageSuffix() {
    #expect(PagePath("site/content/1-Worklog/1.8-Week8/_index.vi.md").languageSuffix == "vi")
    #expect(PagePath("site/content/worklog/week-8.en.md").languageSuffix == "en")
    #expect(PagePath("site/content/1-Worklog/1.8-Week8/_index.md").languageSuffix == nil)
    #expect(PagePath("site/content/1-Worklog/1.10.md").languageSuffix == nil)
  }

  @Test func languageFolder() {
    #expect(PagePath("site/content/vi/worklog/week-08/index.md").languageFolder == "vi")
    #expect(PagePath("site/content/en/1-worklog/week_8/_index.en.md").languageFolder == "en")
    #expect(PagePath("site/content/worklog/week-08/index.md").languageFolder == nil)
  }

  @Test func siteIsTheFolderHoldingContent() {
    let p = PagePath("/home/me/repos/intern-site/content/1-Worklog/1.8-Week8/_index.md")
    #expect(p.site.root == "/home/me/repos/intern-site")
    #expect(p.site.name == "intern-site")
    let relative = PagePath("intern-site/content/1-Worklog/1.8-Week8/_index.md")
    #expect(relative.site.root == "intern-site")
    let bare = PagePath("1-Worklog/1.8-Week8/_index.md")
    #expect(bare.site.root == ".")
    #expect(bare.site.name == "(current folder)")
  }
}
