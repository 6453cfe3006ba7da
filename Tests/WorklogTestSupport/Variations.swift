/// One minimal page per real-world variation, for tests that must hold for every kind of page
/// (the JSON documents validate against the schema, the parser finishes).
package enum Variations {
  /// Each page's path and text.
  package static let pages: [(path: String, text: String)] = [
    (
      weekThreePath,
      """
      ---
      title: "Week 3 Worklog"
      date: 2025-09-22
      weight: 3
      chapter: false
      pre: " <b> 1.3. </b> "
      ---
      ### Week 3 Objectives:
      * Understand **VPC**.
      ### Tasks to be carried out this week:
      | Day | Task | Start Date | Completion Date | Reference Material |
      | --- | ---- | ---------- | --------------- | ------------------ |
      | 2 | - Study VPC<br>&emsp;+ subnets | 22/09/2025 | 22/09/2025 | [VPC](https://docs.aws.amazon.com/vpc/) |
      | 3 | - Get acquainted | 23/09/2025 | 23/09/2025 |
      ### Week 3 Achievements:
      * Built a VPC.
      """
    ),
    (
      "site/content/1-Worklog/1.8-Week8/_index.vi.md",
      """
      ---
      title: "Worklog Tuần 8"
      date :  "`r Sys.Date()`"
      weight: 08
      ---
      ### Mục tiêu tuần 8:
      - Học Lambda
      ### Các công việc cần triển khai trong tuần này:
      | **Thứ** | **Công việc** | **Ngày bắt đầu** | **Ngày hoàn thành** | **Nguồn tài liệu** |
      | --- | --- | --- | --- | --- |
      | Hai | Học Lambda | 27/10 | 28/10 | <https://docs.aws.amazon.com/lambda/> |
      | T3 | So sánh ALB | NLB | 28/10/2025 | 29/10/20255 | - |
      | CN | Ôn tập | 31/02/2025 | 02/11/2025 | [Ghi chú] |
      ### Thành tựu Tuần 9:
      **Tổng quát:**
      - Hiểu Lambda
      """
    ),
    (
      "site/content/worklog/week-3.en.md",
      """
      ### Week 3 Objectives
      - Learn ECS

      | Day | Task | Start Date | End Date |
      |-----|------|------------|----------|
      | 1 | Build | 05/01/2026 | 06/01/2026 |
      | Sat - Sun | Rest | 10/01/2026 - 11/01/2026 | |
      """
    ),
    (
      "site/content/1-Worklog/1.5-Week5/_index.md",
      """
      \u{FEFF}---\r
      title: 'Week 5'\r
      date: 2025-10-06T09:00:00+07:00\r
      weight: 1.91\r
      tags: [aws, "s3"]\r
      aliases:\r
        - /w5/\r
      ---\r
      ## 🎯 Objectives\r
      - Learn S3\r
      \r
      ---\r
      \r
      ## Tasks and Achievements\r
      <table>\r
      <tr><th>Day</th><th>Task</th><th>Start Date</th><th>Reference</th></tr>\r
      <tr><td>Mon</td><td><ul><li>Create a bucket</li><li>Upload \u{1B}[31m files</li></ul></td><td>October 6, 2025</td><td><a href="https://aws.amazon.com/s3/">S3</a></td></tr>\r
      </table>\r
      \r
      - Hosted a static site\r
      """
    ),
    (
      "site/content/1-Worklog/1.6-Week6/_index.md",
      """
      ---
      title: "Week 6
      ---
      Week 6 Objectives:
      - Learn RDS

      | Component | Description |
      | --- | --- |
      | RDS | Databases |

      | Date | Tasks | Start Date | End Date | References |
      |------|-------|------------|----------|------------|
      | 1 | Create a DB `db.t3.micro` | 03-09/08/2026 | | [RDS](https://aws.amazon.com/rds/) https://a.example.com |
      | 2 | Read [the guide]( | 06/07-30/07 | 21/11/2025 12:00 | {{< evidence-gallery images="a.png" >}} |

      Week 6 Achievements:
      - Launched a DB
      """
    ),
    (
      "site/content/1-Worklog/1.7-Week7/_index.md",
      """
      ---
      title: "Week 7"
      ---
      - Learn CloudWatch

      | Day | Date | Time Spent | Work Completed | Result | Issue | Decision | Next Step |
      | --- | --- | --- | --- | --- | --- | --- | --- |
      | Mon | 2025-10-20 | 2h | Dashboards | OK | - | - | Alarms |

      - Built a dashboard
      """
    ),
    ("site/content/1-Worklog/_index.md", "---\ntitle: \"Worklog\"\nweight: 1\n---\n- [Week 1](1.1-week1/)\n"),
    ("site/content/worklog/_index.md", "## Week 1\n### Objectives\n- a\n\n## Week 2\n### Objectives\n- b\n"),
    ("notes/no-week.md", "Just text.\n```bash\nunclosed\n"),
    ("site/content/1-Worklog/1.9-Week9/_index.md", "---\ntitle: x\n\n### Week 9 Objectives\n- a\n"),
    ("site/content/1-Worklog/1.10-Week10/_index.md", "+++\ntitle = \"Week 10\"\n+++\n"),
    ("site/content/1-Worklog/1.11-Week11/_index.md", ""),
  ]
}
