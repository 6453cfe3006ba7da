/// The role of a section of a week page, judged from its heading.
public enum SectionKind: String, Sendable, Codable {
  case objectives, tasks, achievements
  /// One heading over both the task table and the achievements (`Tasks and Achievements`).
  case tasksAndAchievements
  case references, challenges, nextWeek, learnings
  /// A heading that repeats the page title (`WEEK 3 WORKLOG`, a date range).
  case title
  case other
}
