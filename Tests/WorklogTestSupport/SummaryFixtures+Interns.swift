/// The summary command's sites in memory: three interns, each page a minimal reproduction of one
/// real-world variation, and the sample site copied into memory as a cohort.
extension SummaryFixtures {
  /// Three interns:
  /// - an: week 1 full of awkward text (a `|`, Markdown and HTML look-alikes, an escape
  ///   character, a long URL, a duplicated reference) in two languages; week 2 without a task
  ///   table; week 3 missing; week 4 unreadable; week 5 copies week 1's dates and has a row
  ///   that ends before it starts; week 6 only in Vietnamese.
  /// - binh: weeks 1 and 2, clean but for week 2's template `weight: 1`.
  /// - chi: week 1 only, in Vietnamese, with no dates.
  package static let interns: [String: String] = [
    path("interns/an", 1): page(
      week: 1, title: "Week 1 Worklog",
      objectives: ["Get to know the **FCJ** team & the *office*", "Learn <AWS> basics: IAM | VPC"],
      rows: [
        row(
          "2", "Meet the team<br>- **Practice:**<br>&emsp;+ Create an IAM user<br>&emsp;+ Turn on MFA", "08/09/2025",
          "08/09/2025", "[IAM users](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users.html)"),
        row(
          "3", "Compare ALB \\| NLB and read the `<div>` docs #1 [draft]", "09/09/2025", "10/09/2025",
          "[IAM again](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users.html)<br>[Load balancers](https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html)"
        ),
        row(
          "5",
          "Write notes \u{1B}[31min red\u{1B}[0m about https://example.com/a/very/long/path/that/does/not/fit/on/one/line/of/a/terminal/at/all",
          "11/09/2025", "12/09/2025", "[Notes](https://example.com/notes)"),
      ],
      achievements: ["Created my IAM user with MFA", "1. Knows the difference between ALB and NLB"]),
    path("interns/an", 1, "vi"): page(
      week: 1, title: "Nhật ký tuần 1", objectives: ["Làm quen với nhóm FCJ"],
      rows: [row("Thứ 2", "Gặp nhóm", "08/09/2025", "08/09/2025")], achievements: ["Đã tạo IAM user"]),
    path("interns/an", 2): page(
      week: 2, title: "Week 2 Worklog", objectives: ["Learn VPC"], rows: nil, achievements: ["Drew a VPC diagram"]),
    path("interns/an", 5): page(
      week: 5, title: "Week 5 Worklog", objectives: ["Review"],
      rows: [
        row("2", "Review week 1", "08/09/2025", "08/09/2025"),
        row("3", "Fix the notes", "10/09/2025", "09/09/2025"),
      ],
      achievements: ["Reviewed"]),
    path("interns/an", 6, "vi"): page(
      week: 6, title: "Nhật ký tuần 6", objectives: ["Tìm hiểu S3"],
      rows: [row("Thứ 2", "Tạo bucket S3", "13/10/2025", "13/10/2025", "<https://docs.aws.amazon.com/s3/>")],
      achievements: ["Đã tạo bucket"]),
    path("interns/binh", 1): page(
      week: 1, title: "Week 1 Worklog", objectives: ["Set up the account"],
      rows: [
        row("2", "Create the account", "08/09/2025", "08/09/2025"),
        row("3", "Set a budget alarm", "09/09/2025", "09/09/2025"),
      ],
      achievements: ["Account ready"]),
    path("interns/binh", 2): page(
      week: 2, title: "Week 2 Worklog", objectives: ["Learn EC2"],
      rows: [row("2", "Launch an instance", "15/09/2025", "15/09/2025")], achievements: ["Launched an instance"],
      weight: 1),
    path("interns/chi", 1, "vi"): page(
      week: 1, title: "Nhật ký tuần 1", objectives: ["Làm quen"],
      rows: [row("Thứ 2", "Đọc tài liệu", "", "")], achievements: ["Đã đọc"]),
  ]

  /// Week 4 of `an` is listed but cannot be read.
  package static let internsFileSystem = FailingFileSystem(
    interns, failing: [path("interns/an", 4): "permission denied"])

  /// The sample site copied three times: anh has it all; binh only the English pages of weeks
  /// 1 to 9 without week 6; chi only the Vietnamese pages of weeks 1 to 4.
  package static func sampleCohort() -> FailingFileSystem {
    let sample = RepositoryFileSystem().files(below: "worklogs/content")
    var files: [String: String] = [:]
    for (path, text) in sample {
      let relative = String(path.dropFirst("worklogs/".count))
      let week = Self.week(inSamplePath: relative)
      files["cohort/anh/" + relative] = text
      if let week, (1...9).contains(week), week != 6, !relative.hasSuffix(".vi.md") {
        files["cohort/binh/" + relative] = text
      }
      if let week, (1...4).contains(week), relative.hasSuffix(".vi.md") { files["cohort/chi/" + relative] = text }
    }
    return FailingFileSystem(files)
  }

  /// The week number in a sample path (`content/1-Worklog/1.8-Week8/_index.md` → 8).
  private static func week(inSamplePath path: String) -> Int? {
    guard let folder = path.split(separator: "/").first(where: { $0.hasPrefix("1.") }) else { return nil }
    return folder.split(separator: "-").first.flatMap { Int($0.dropFirst(2)) }
  }
}
