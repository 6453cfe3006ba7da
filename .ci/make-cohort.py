#!/usr/bin/env python3
"""Write an imaginary cohort of worklog sites, or copy a cohort folder K times.

    python3 .ci/make-cohort.py OUT [--sites 12] [--seed 13] [--start 2025-09-08]
    python3 .ci/make-cohort.py --copies K SRC OUT

The first form writes OUT/<owner>__<repo>/ for each invented intern, in the layout of the
repository's `worklogs/` sample (hugo.toml; content/1-Worklog/_index.md and _index.vi.md;
1.N-WeekN/_index.md and its Vietnamese twin _index.vi.md), and OUT/.worklog.json with the
program's start and its 12 weeks. Every name and sentence is invented here. The spread, for 12
sites (more sites repeat it, most of them on time): most on time, two with partial weeks, one that
started on a Wednesday, two that stopped after week 7 and week 8, one that left weeks 9-12 as the
template (`Task 1`, empty rows, `Describe ...` prompts), one that copied week 6 into week 7, and
one dated a year early (every date 52 weeks before the program's). The same seed gives the same
bytes.

The second form copies every site folder of SRC K times into OUT, the owner of an
`owner__repo` folder suffixed `-01` .. `-K` (so each copy is a site of its own), and SRC's
`.worklog.json` when there is one: a cohort K times as large, for timing.
"""

import argparse
import datetime
import json
import pathlib
import random
import shutil
import sys
import unicodedata

FAMILY = ["Nguyễn", "Trần", "Lê", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
          "Huỳnh", "Phan", "Vũ", "Trịnh"]
MIDDLE = ["Thị", "Văn", "Ngọc", "Gia", "Quang", "Thanh", "Bảo", "Đức", "Hải", "Khánh", "Tuệ", "Hữu"]
GIVEN = ["Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa", "Linh", "My", "Nam", "Phúc", "Quân", "Trang",
         "Vy", "Yến", "Tâm", "Hiếu", "Sơn", "Thảo", "Uyên", "Long", "Nhi", "Tùng", "Xuân", "Duy"]
REPOS = ["fcj-worklog", "aws-internship-log", "cloud-journey-2025", "fcj-report", "internship-notes",
         "fcj-weekly", "aws-fcj-diary"]

# One entry per week of the program: a title, then objectives, tasks and achievements as
# (English, Vietnamese) pairs. Tasks are drawn two to a day, so sites differ in their rows.
WEEKS = [
    ("Setting up and finding my way around AWS", "Làm quen và thiết lập môi trường AWS",
     [("Meet the mentors and the other interns of the cohort", "Gặp gỡ mentor và các bạn thực tập cùng đợt"),
      ("Open a free-tier account and protect the root user", "Tạo tài khoản free tier và bảo vệ tài khoản root"),
      ("Find the main services in the console", "Tìm hiểu các dịch vụ chính trên console")],
     [("Attend the welcome session and note the program rules", "Tham dự buổi chào mừng và ghi lại nội quy chương trình"),
      ("Create the AWS account and turn on MFA for the root user", "Tạo tài khoản AWS và bật MFA cho tài khoản root"),
      ("Set a monthly budget alarm of two dollars", "Đặt cảnh báo ngân sách hai đô la mỗi tháng"),
      ("Install the AWS CLI and store a named profile", "Cài AWS CLI và lưu một profile riêng"),
      ("Read how Regions and Availability Zones relate", "Đọc về quan hệ giữa Region và Availability Zone"),
      ("Walk through the billing dashboard with a mentor", "Cùng mentor xem bảng điều khiển chi phí"),
      ("Join the study group chat and share notes", "Vào nhóm học tập và chia sẻ ghi chú")],
     [("Have a safe account with MFA and a budget alarm", "Có tài khoản an toàn với MFA và cảnh báo ngân sách"),
      ("Can call AWS from the terminal with my own profile", "Gọi được AWS từ terminal bằng profile của mình")]),
    ("Identity and access", "Quản lý danh tính và quyền truy cập",
     [("Tell users, groups and roles apart", "Phân biệt user, group và role"),
      ("Write a least-privilege policy by hand", "Tự viết một policy theo nguyên tắc quyền tối thiểu")],
     [("Create an admin group and stop using the root user", "Tạo group quản trị và ngừng dùng tài khoản root"),
      ("Write a policy that only reads one bucket", "Viết policy chỉ cho đọc một bucket"),
      ("Try the policy simulator on a denied action", "Thử policy simulator với một hành động bị từ chối"),
      ("Give an EC2 instance a role instead of keys", "Gán role cho EC2 thay vì dùng access key"),
      ("Read about permission boundaries", "Đọc về permission boundary"),
      ("Rotate my access keys and delete the old pair", "Xoay vòng access key và xóa cặp khóa cũ"),
      ("Review IAM Access Analyzer findings", "Xem các phát hiện của IAM Access Analyzer")],
     [("Every lab now runs under a role, not the root user", "Mọi bài lab giờ chạy bằng role, không dùng root"),
      ("Can read a JSON policy and say what it allows", "Đọc được policy JSON và biết nó cho phép gì")]),
    ("Networks in a VPC", "Mạng trong VPC",
     [("Plan address ranges for a small VPC", "Lên kế hoạch dải địa chỉ cho một VPC nhỏ"),
      ("Route public and private subnets", "Định tuyến subnet public và private")],
     [("Sketch a VPC with two public and two private subnets", "Phác thảo VPC với hai subnet public và hai private"),
      ("Attach an internet gateway and fix the route table", "Gắn internet gateway và sửa route table"),
      ("Compare security groups with network ACLs", "So sánh security group với network ACL"),
      ("Add a NAT gateway, test it, then remove it", "Thêm NAT gateway, thử rồi xóa đi"),
      ("Read about VPC endpoints for S3", "Đọc về VPC endpoint cho S3"),
      ("Draw the network diagram for the lab", "Vẽ sơ đồ mạng cho bài lab"),
      ("Trace a blocked connection with flow logs", "Lần theo kết nối bị chặn bằng flow log")],
     [("Built a two-zone VPC from an empty account", "Dựng được VPC hai zone từ tài khoản trống"),
      ("Know why the NAT gateway must not stay on", "Hiểu vì sao không nên để NAT gateway chạy mãi")]),
    ("Virtual machines with EC2", "Máy ảo với EC2",
     [("Launch and reach an instance safely", "Khởi chạy và truy cập instance an toàn"),
      ("Understand volumes and snapshots", "Hiểu volume và snapshot")],
     [("Launch a small Linux instance in a public subnet", "Chạy một instance Linux nhỏ trong subnet public"),
      ("Connect with Session Manager instead of SSH", "Kết nối bằng Session Manager thay cho SSH"),
      ("Serve a test page with a user data script", "Dùng user data để chạy một trang thử"),
      ("Resize an EBS volume without stopping the machine", "Tăng dung lượng EBS khi máy vẫn chạy"),
      ("Take a snapshot and restore it in another zone", "Tạo snapshot và khôi phục ở zone khác"),
      ("Compare on-demand, spot and savings plans", "So sánh on-demand, spot và savings plan"),
      ("Stop every instance at the end of the day", "Tắt mọi instance vào cuối ngày")],
     [("Can bring a web server up and down in minutes", "Dựng và gỡ web server trong vài phút"),
      ("Know which pricing fits a long-running job", "Biết cách tính giá nào hợp với việc chạy lâu")]),
    ("Storage with S3", "Lưu trữ với S3",
     [("Host files in S3 with the right access", "Lưu tệp trên S3 với quyền truy cập đúng"),
      ("Put a CDN in front of a static site", "Đặt CDN trước một trang tĩnh")],
     [("Create a bucket with public access blocked", "Tạo bucket có chặn truy cập công khai"),
      ("Turn on versioning and bring back a deleted file", "Bật versioning và lấy lại tệp đã xóa"),
      ("Write a lifecycle rule to move old logs to Glacier", "Viết lifecycle rule chuyển log cũ sang Glacier"),
      ("Host my portfolio page as a static website", "Đưa trang portfolio lên dạng website tĩnh"),
      ("Serve the bucket through CloudFront with origin access", "Phục vụ bucket qua CloudFront với origin access"),
      ("Share one object with a presigned link", "Chia sẻ một object bằng presigned URL"),
      ("Check the storage cost estimate for the month", "Xem ước tính chi phí lưu trữ trong tháng")],
     [("My portfolio loads through CloudFront over HTTPS", "Trang portfolio chạy qua CloudFront bằng HTTPS"),
      ("Know when to pick each storage class", "Biết khi nào chọn từng storage class")]),
    ("Managed databases", "Cơ sở dữ liệu được quản lý",
     [("Run a relational database without managing a server", "Chạy cơ sở dữ liệu quan hệ mà không quản lý máy chủ"),
      ("Keep the database in a private subnet", "Đặt cơ sở dữ liệu trong subnet private")],
     [("Create a small PostgreSQL instance in RDS", "Tạo một instance PostgreSQL nhỏ trên RDS"),
      ("Connect from the EC2 instance through a security group", "Kết nối từ EC2 qua security group"),
      ("Load the sample bookshop tables", "Nạp các bảng mẫu của hiệu sách"),
      ("Take a manual snapshot and restore it", "Tạo snapshot thủ công và khôi phục lại"),
      ("Read about Multi-AZ and read replicas", "Đọc về Multi-AZ và read replica"),
      ("Store the password in Secrets Manager", "Lưu mật khẩu trong Secrets Manager"),
      ("Delete the database and keep the final snapshot", "Xóa cơ sở dữ liệu và giữ snapshot cuối")],
     [("An app on EC2 reads from RDS with no public endpoint", "Ứng dụng trên EC2 đọc RDS mà không cần endpoint công khai"),
      ("No password sits in my code any more", "Không còn mật khẩu nào nằm trong mã nguồn")]),
    ("Load balancing and scaling", "Cân bằng tải và tự động mở rộng",
     [("Spread traffic over several instances", "Phân phối lưu lượng cho nhiều instance"),
      ("Add and remove capacity on demand", "Tăng giảm tài nguyên theo nhu cầu")],
     [("Build a launch template for the web server", "Tạo launch template cho web server"),
      ("Put an Application Load Balancer in front of two instances", "Đặt Application Load Balancer trước hai instance"),
      ("Make an Auto Scaling group of one to three machines", "Tạo Auto Scaling group từ một đến ba máy"),
      ("Load the site with a small script and watch it scale", "Tạo tải bằng một script nhỏ và xem hệ thống mở rộng"),
      ("Read the target group health checks", "Đọc health check của target group"),
      ("Add a scheduled action for the evening", "Thêm scheduled action cho buổi tối"),
      ("Tear the stack down and check nothing is left", "Gỡ toàn bộ và kiểm tra không còn gì sót")],
     [("Watched the group grow to three machines and back", "Thấy group tăng lên ba máy rồi giảm lại"),
      ("Understand why health checks decide the traffic", "Hiểu vì sao health check quyết định lưu lượng")]),
    ("Serverless functions", "Hàm serverless",
     [("Write functions that run on events", "Viết hàm chạy theo sự kiện"),
      ("Expose a function through an HTTP API", "Đưa hàm ra ngoài qua HTTP API")],
     [("Write a first Lambda function in Python", "Viết hàm Lambda đầu tiên bằng Python"),
      ("Trigger a function when a file lands in S3", "Gọi hàm khi có tệp mới trên S3"),
      ("Put an HTTP API in front of the function", "Đặt HTTP API trước hàm"),
      ("Read the function logs in CloudWatch", "Đọc log của hàm trong CloudWatch"),
      ("Measure cold starts with more memory", "Đo cold start khi tăng bộ nhớ"),
      ("Pass settings through environment variables", "Truyền cấu hình qua biến môi trường"),
      ("Plan the serverless part of the team project", "Lên kế hoạch phần serverless cho dự án nhóm")],
     [("A thumbnail appears for every photo I upload", "Mỗi ảnh tải lên đều có ảnh thu nhỏ"),
      ("Can explain what a cold start costs", "Giải thích được cold start tốn gì")]),
    ("Key-value data with DynamoDB", "Dữ liệu key-value với DynamoDB",
     [("Design a table from the questions the app asks", "Thiết kế bảng từ các truy vấn của ứng dụng"),
      ("Connect the API to the table", "Kết nối API với bảng")],
     [("List the queries the team project needs", "Liệt kê các truy vấn dự án nhóm cần"),
      ("Create a table with a partition and a sort key", "Tạo bảng có partition key và sort key"),
      ("Add a secondary index for the date lookups", "Thêm secondary index để tra theo ngày"),
      ("Write items from the Lambda function", "Ghi item từ hàm Lambda"),
      ("Compare on-demand and provisioned capacity", "So sánh on-demand và provisioned capacity"),
      ("Export a backup to S3", "Xuất bản sao lưu sang S3"),
      ("Review the data model with the team", "Cùng nhóm xem lại mô hình dữ liệu")],
     [("The project API stores and reads its records", "API của dự án lưu và đọc được bản ghi"),
      ("Learned to start a design from the access patterns", "Học được cách thiết kế bắt đầu từ cách truy cập")]),
    ("Infrastructure as code", "Hạ tầng dưới dạng mã",
     [("Describe the project's resources in templates", "Mô tả tài nguyên của dự án bằng template"),
      ("Deploy the same stack twice without clicks", "Triển khai cùng một stack hai lần không cần bấm tay")],
     [("Write a CloudFormation template for the bucket and table", "Viết template CloudFormation cho bucket và bảng"),
      ("Use parameters for the stage name", "Dùng parameter cho tên môi trường"),
      ("Read a change set before applying it", "Đọc change set trước khi áp dụng"),
      ("Try the same stack in the CDK with TypeScript", "Thử lại stack đó bằng CDK với TypeScript"),
      ("Fix a failed rollback caused by a full bucket", "Sửa lỗi rollback do bucket còn dữ liệu"),
      ("Deploy a copy of the stack for testing", "Triển khai một bản sao của stack để thử nghiệm"),
      ("Add the template to the team repository", "Đưa template vào kho mã của nhóm")],
     [("The whole project comes up from one command", "Cả dự án dựng lên được bằng một lệnh"),
      ("Reading change sets saved me from deleting a table", "Đọc change set giúp tránh xóa nhầm một bảng")]),
    ("Containers", "Container",
     [("Package a service in a container image", "Đóng gói dịch vụ thành container image"),
      ("Run it without managing servers", "Chạy nó mà không quản lý máy chủ")],
     [("Write a Dockerfile for the small API", "Viết Dockerfile cho API nhỏ"),
      ("Push the image to a private ECR repository", "Đẩy image lên kho ECR riêng"),
      ("Define an ECS task and run it on Fargate", "Định nghĩa task ECS và chạy trên Fargate"),
      ("Put the service behind the load balancer", "Đặt service phía sau load balancer"),
      ("Scan the image and fix two warnings", "Quét image và sửa hai cảnh báo"),
      ("Read the service events after a bad deploy", "Đọc sự kiện của service sau lần deploy lỗi"),
      ("Compare ECS with running containers on EC2", "So sánh ECS với chạy container trên EC2")],
     [("The API runs on Fargate behind the load balancer", "API chạy trên Fargate sau load balancer"),
      ("Know how to roll back a broken image", "Biết cách quay lại image trước khi bị lỗi")]),
    ("Monitoring and the final project", "Giám sát và dự án cuối kỳ",
     [("Watch the project's health in one place", "Theo dõi tình trạng dự án ở một nơi"),
      ("Present the final project", "Trình bày dự án cuối kỳ")],
     [("Build a CloudWatch dashboard for the project", "Tạo dashboard CloudWatch cho dự án"),
      ("Set an alarm on the API error rate", "Đặt alarm theo tỉ lệ lỗi của API"),
      ("Search the logs with Logs Insights", "Tìm trong log bằng Logs Insights"),
      ("Rehearse the demo with the team", "Tập trước phần demo cùng nhóm"),
      ("Present the project to the mentors", "Trình bày dự án trước các mentor"),
      ("Write the lessons learned for the report", "Viết bài học kinh nghiệm cho báo cáo"),
      ("Delete every resource and check the bill", "Xóa mọi tài nguyên và kiểm tra hóa đơn")],
     [("Presented the project with a live dashboard", "Trình bày dự án với dashboard trực tiếp"),
      ("Closed the account with nothing left running", "Đóng lại tài khoản, không còn gì chạy")]),
]

# Each intern's own project, which their notes keep coming back to (so no two sites share rows).
PROJECTS = [("bookshop app", "ứng dụng hiệu sách"), ("photo album", "album ảnh"),
            ("bus timetable", "lịch xe buýt"), ("recipe site", "trang công thức nấu ăn"),
            ("clinic booking app", "ứng dụng đặt lịch phòng khám"), ("study planner", "ứng dụng lập kế hoạch học"),
            ("expense tracker", "ứng dụng quản lý chi tiêu"), ("weather dashboard", "bảng thời tiết"),
            ("library catalogue", "danh mục thư viện"), ("quiz game", "trò chơi đố vui"),
            ("coffee shop menu", "thực đơn quán cà phê"), ("parking finder", "ứng dụng tìm chỗ đỗ xe"),
            ("event sign-up form", "form đăng ký sự kiện"), ("plant watering reminder", "nhắc tưới cây"),
            ("flashcard app", "ứng dụng flashcard"), ("lost and found board", "bảng đồ thất lạc")]
# A line of detail under a day's tasks: {p} is the project.
DETAILS = [("tried the steps on the {p}", "thử các bước trên {p}"),
           ("wrote notes on what broke in the {p}", "ghi chú những chỗ bị lỗi trong {p}"),
           ("asked the mentor how this fits the {p}", "hỏi mentor cách áp dụng cho {p}"),
           ("kept the screenshots for the {p} report", "lưu ảnh chụp màn hình cho báo cáo {p}"),
           ("compared the cost with the {p} estimate", "so sánh chi phí với ước tính của {p}"),
           ("shared the result with the {p} team", "chia sẻ kết quả với nhóm {p}"),
           ("took longer than planned for the {p}", "mất nhiều thời gian hơn dự kiến cho {p}"),
           ("added a short how-to to the {p} wiki", "viết hướng dẫn ngắn vào wiki của {p}")]

DOCS = ["https://docs.aws.amazon.com/", "https://aws.amazon.com/getting-started/",
        "https://docs.aws.amazon.com/cli/", "https://aws.amazon.com/architecture/"]


def ascii_fold(text):
    text = text.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def profiles(count):
    """The kind of each site, in order: the spread for 12, extra sites mostly on time."""
    spread = ["ok", "ok", "partial", "ok", "late-start", "stopped-7", "template", "ok", "copier",
              "partial", "stopped-8", "year-early"]
    extra = ["ok", "ok", "ok", "partial", "ok", "ok", "stopped-8", "ok", "template", "copier",
             "year-early", "late-start"]
    out = spread[:count]
    while len(out) < count:
        out.append(extra[(len(out) - len(spread)) % len(extra)])
    return out


def ddmmyyyy(day):
    return day.strftime("%d/%m/%Y")


def front_matter(title, date, weight, pre):
    return f'---\ntitle: "{title}"\ndate: {date.isoformat()}\nweight: {weight}\nchapter: false\npre: " <b> {pre} </b> "\n---\n'


def week_page(lang, n, monday, rows, objectives, achievements):
    """One week's page: rows are (weekday 0-4, task pair, reference) or None for an empty row."""
    en = lang == "en"
    title = f"Week {n} Worklog" if en else f"Nhật ký Tuần {n}"
    out = [front_matter(title, monday, n, f"1.{n}.")]
    out.append(f"### Week {n} Objectives:" if en else f"### Mục tiêu tuần {n}:")
    out.append("")
    out += [f"* {o}" for o in objectives]
    out.append("")
    out.append("### Tasks to be carried out this week:" if en else "### Các công việc cần triển khai trong tuần này:")
    out.append("")
    if en:
        out.append("| Day | Task | Start Date | Completion Date | Reference Material |")
        out.append("| --- | ---- | ---------- | --------------- | ------------------ |")
    else:
        out.append("| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |")
        out.append("| --- | --------- | ------------ | --------------- | -------------- |")
    for weekday, task, reference, day in rows:
        if task is None:
            out.append(f"| {weekday + 2} |  |  |  |  |")
        else:
            date = ddmmyyyy(day) if day else ""
            link = f"[{'Docs' if en else 'Tài liệu'}]({reference})" if reference else ""
            out.append(f"| {weekday + 2} | {task} | {date} | {date} | {link} |")
    out.append("")
    out.append(f"### Week {n} Achievements:" if en else f"### Kết quả đạt được tuần {n}:")
    out.append("")
    out += [f"* {a}" for a in achievements]
    return "\n".join(out) + "\n"


def template_page(lang, n, monday):
    """A week left as the program's template: numbered stand-ins, prompts, empty rows."""
    en = lang == "en"
    rows = [(0, "Task 1" if en else "Công việc 1", None, None), (1, "Task 2" if en else "Công việc 2", None, None)]
    rows += [(d, None, None, None) for d in range(2, 5)]
    objectives = ([f"Describe the goal for Week {n}.", "Objective 2"] if en
                  else [f"Mô tả mục tiêu của tuần {n}.", "Mục tiêu 2"])
    achievements = (["Describe what you achieved this week."] if en
                    else ["Mô tả kết quả bạn đạt được trong tuần này."])
    return week_page(lang, n, monday, rows, objectives, achievements)


class Site:
    def __init__(self, rng, start, kind, given, middle, family, repo, project):
        self.rng, self.start, self.kind, self.project = rng, start, kind, project
        self.name_en = f"{given} {middle} {family}"
        self.name_vi = f"{family} {middle} {given}"
        self.owner = ascii_fold(f"{given}-{family}").lower()
        self.folder = f"{self.owner}__{repo}"
        # a year early: the same weekdays, 52 weeks before the program's calendar
        self.shift = datetime.timedelta(weeks=-52) if kind == "year-early" else datetime.timedelta(0)
        self.last = {"stopped-7": 7, "stopped-8": 8}.get(kind, 12)
        self.partial = set(rng.sample(range(2, 12), 2)) if kind == "partial" else set()

    def monday(self, n):
        return self.start + datetime.timedelta(weeks=n - 1) + self.shift

    def plan(self, n):
        """The week's rows (weekday, (en, vi) cell, reference, date), objectives and achievements."""
        rng = self.rng
        title_en, title_vi, objectives, tasks, achievements = WEEKS[(n - 1) % len(WEEKS)]
        days = list(range(5))
        if n in self.partial:
            days = sorted(rng.sample(days, rng.choice([2, 3])))
        if self.kind == "late-start" and n == 1:
            days = [2, 3, 4]
        rows = []
        pool = list(tasks)
        rng.shuffle(pool)
        # each phrase once a week: the days a second one fits in are drawn
        details = rng.sample(DETAILS, len(DETAILS))
        doubles = set(rng.sample(days, min(len(days), len(pool) - len(days))))
        for weekday in days:
            picked = [pool.pop()] + ([pool.pop()] if weekday in doubles and rng.random() < 0.7 else [])
            detail = details.pop()
            cell = tuple("<br>".join(f"- {p[k]}" for p in picked)
                         + "<br>&emsp;+ " + detail[k].format(p=self.project[k]) for k in (0, 1))
            reference = rng.choice(DOCS) if rng.random() < 0.8 else None
            rows.append((weekday, cell, reference, self.monday(n) + datetime.timedelta(days=weekday)))
        chosen = rng.sample(objectives, len(objectives))
        done = rng.sample(achievements, rng.choice([1, len(achievements)]))
        return rows, chosen, done

    def write(self, root):
        site = root / self.folder
        worklog = site / "content" / "1-Worklog"
        worklog.mkdir(parents=True)
        (site / "hugo.toml").write_text(
            f'baseURL = "https://example.org/{self.owner}/"\n'
            f'title = "{self.name_en} - AWS FCJ Internship Worklog"\n'
            'defaultContentLanguage = "en"\n\n'
            '[languages.en]\nlanguageName = "English"\nweight = 1\n\n'
            f'[languages.vi]\nlanguageName = "Tiếng Việt"\ntitle = "{self.name_vi} - Nhật ký thực tập"\nweight = 2\n\n'
            '[markup.goldmark.renderer]\nunsafe = true\n', encoding="utf-8")
        pages = {}
        for n in range(1, self.last + 1):
            monday = self.monday(n)
            if self.kind == "template" and n >= 9:
                pages[n] = {lang: template_page(lang, n, monday) for lang in ("en", "vi")}
                continue
            if self.kind == "copier" and n == 7:
                # week 6's page again under week 7's front matter: the same tasks and dates
                pages[n] = {lang: front_matter(*self.titles(lang, n), monday, n, f"1.{n}.")
                            + body(pages[6][lang]) for lang in ("en", "vi")}
                continue
            rows, objectives, achievements = self.plan(n)
            pages[n] = {
                lang: week_page(lang, n, monday,
                                [(d, cell[k], ref, day) for d, cell, ref, day in rows],
                                [o[k] for o in objectives], [a[k] for a in achievements])
                for k, lang in enumerate(("en", "vi"))}
        for n, twins in pages.items():
            folder = worklog / f"1.{n}-Week{n}"
            folder.mkdir()
            (folder / "_index.md").write_text(twins["en"], encoding="utf-8")
            (folder / "_index.vi.md").write_text(twins["vi"], encoding="utf-8")
        for lang in ("en", "vi"):
            name = "_index.md" if lang == "en" else "_index.vi.md"
            (worklog / name).write_text(self.overview(lang), encoding="utf-8")

    @staticmethod
    def titles(lang, n):
        return (f"Week {n} Worklog",) if lang == "en" else (f"Nhật ký Tuần {n}",)

    def overview(self, lang):
        en = lang == "en"
        first, last = self.monday(1), self.monday(12) + datetime.timedelta(days=4)
        lines = [front_matter("Worklog" if en else "Nhật ký công việc", first, 1, "1.")]
        if en:
            lines.append(f"The weekly worklog of **{self.name_en}**, an intern of the AWS First Cloud Journey "
                         f"program from {ddmmyyyy(first)} to {ddmmyyyy(last)}.")
        else:
            lines.append(f"Nhật ký hằng tuần của **{self.name_vi}**, thực tập sinh chương trình AWS First Cloud "
                         f"Journey từ {ddmmyyyy(first)} đến {ddmmyyyy(last)}.")
        lines.append("")
        for n in range(1, 13):
            monday = self.monday(n)
            friday = monday + datetime.timedelta(days=4)
            title = WEEKS[(n - 1) % len(WEEKS)][0 if en else 1]
            word = "Week" if en else "Tuần"
            lines.append(f"- [{word} {n}](1.{n}-week{n}/): {ddmmyyyy(monday)} - {ddmmyyyy(friday)} — {title}")
        return "\n".join(lines) + "\n"


def body(page):
    """A page without its front matter."""
    return page.split("\n---\n", 1)[1]


def make(out, count, seed, start):
    rng = random.Random(seed)
    people = set()
    owners = set()
    sites = []
    projects = rng.sample(PROJECTS, len(PROJECTS))
    for i, kind in enumerate(profiles(count)):
        en, vi = projects[i % len(projects)]
        if i >= len(projects):
            en, vi = f"{en} {i // len(projects) + 1}", f"{vi} {i // len(projects) + 1}"
        while True:
            given, middle, family = rng.choice(GIVEN), rng.choice(MIDDLE), rng.choice(FAMILY)
            if given not in people or len(people) >= len(GIVEN):
                people.add(given)
                break
        site = Site(random.Random(rng.random()), start, kind, given, middle, family, rng.choice(REPOS), (en, vi))
        # more interns than names: the second Linh Võ's handle gets a number, as on GitHub
        base, k = site.owner, 1
        while site.owner in owners:
            k += 1
            site.owner = f"{base}{k}"
        owners.add(site.owner)
        site.folder = site.folder.replace(base + "__", site.owner + "__", 1)
        sites.append(site)
    out.mkdir(parents=True, exist_ok=True)
    for site in sites:
        if (out / site.folder).exists():
            sys.exit(f"make-cohort: {out / site.folder} exists; give an empty folder")
    (out / ".worklog.json").write_text(
        json.dumps({"programStart": start.isoformat(), "termWeeks": 12}, indent=2) + "\n", encoding="utf-8")
    for site in sites:
        site.write(out)
    kinds = {}
    for site in sites:
        kinds[site.kind] = kinds.get(site.kind, 0) + 1
    print(f"make-cohort: {count} sites in {out} ("
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ")")


def copies(source, out, times):
    sites = sorted(p for p in source.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not sites:
        sys.exit(f"make-cohort: no site folder in {source}")
    out.mkdir(parents=True, exist_ok=True)
    if (source / ".worklog.json").is_file():
        shutil.copyfile(source / ".worklog.json", out / ".worklog.json")
    for k in range(1, times + 1):
        for site in sites:
            owner, sep, rest = site.name.partition("__")
            name = f"{owner}-{k:02d}{sep}{rest}"
            shutil.copytree(site, out / name, symlinks=True)
    print(f"make-cohort: {len(sites)} sites x {times} = {len(sites) * times} sites in {out}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", metavar="PATH", help="OUT, or SRC OUT with --copies")
    parser.add_argument("--sites", type=int, default=12)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--start", default="2025-09-08", help="the Monday of week 1")
    parser.add_argument("--copies", type=int, metavar="K", help="copy SRC's sites K times into OUT")
    args = parser.parse_args()
    if args.copies is not None:
        if len(args.paths) != 2 or args.copies < 1:
            parser.error("--copies K takes SRC and OUT")
        copies(pathlib.Path(args.paths[0]), pathlib.Path(args.paths[1]), args.copies)
        return
    if len(args.paths) != 1 or args.sites < 1:
        parser.error("give one OUT folder and --sites of 1 or more")
    start = datetime.date.fromisoformat(args.start)
    if start.weekday() != 0:
        parser.error(f"--start {args.start} is not a Monday")
    make(pathlib.Path(args.paths[0]), args.sites, args.seed, start)


if __name__ == "__main__":
    main()
