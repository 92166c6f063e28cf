-- A Duizhao project in format 1 (the schema of commit a9113ea, the first
-- project store): one report with an analysis and every kind of analyst
-- data. tst_projectstore makes a file from it and opens it, so the
-- migrations from version 1 are tested on real rows. Frozen: never edit,
-- add a file for a new version instead.
-- Statements end with ";" at the end of a line.
PRAGMA application_id = 1146769482;
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    source_path TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL,
    encoding TEXT NOT NULL,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    overrides TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX reports_source_path ON reports(source_path);
CREATE TABLE analyses (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    data TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (report_id, kind)
) WITHOUT ROWID;
CREATE TABLE alignment_corrections (
    id INTEGER PRIMARY KEY,
    correction TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE indicator_overrides (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL,
    value TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (report_id, indicator_id)
);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    context_before TEXT NOT NULL DEFAULT '',
    context_after TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewed', 'flagged')),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX annotations_report ON annotations(report_id);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
INSERT INTO reports (id, file_name, source_path, content_hash, imported_at, encoding, text, metadata, overrides) VALUES (7, 'xiqu-2022.txt', '/data/reports/xiqu-2022.txt', '7d9ec7b2d85012efe1c7e55d68807e5fb33f2da59ca7b24c28f6de15a7e02e57', '2023-02-01T09:30:00.000Z', 'GB18030', '西区司法局2022年度法治政府建设情况报告

一、主要举措和成效
（一）规范行政执法。全年办理行政处罚案件312件，全部实行法制审核。
（二）深入开展普法。组织普法宣传活动46场。
二、存在的不足
行政执法人员培训覆盖面不够。
三、下一步工作打算
持续推进严格规范公正文明执法。

西区司法局
2023年1月10日', '{"district":{"value":"西区","start":0,"end":2,"from":"title"},"year":{"value":"2022","start":5,"end":9,"from":"title"}}', '{"issuer":"西区司法局"}');
INSERT INTO analyses (report_id, kind, engine_version, data, computed_at) VALUES (7, 'outline', 'outline-0', '{"sections":[]}', '2023-02-01T09:30:00.000Z');
INSERT INTO alignment_corrections (id, correction, created_at) VALUES (3, '{"kind":"reassign","section":{"report":"xiqu-2022.txt","title":"深入开展普法","level":2,"occurrence":0},"node":"P1.T08"}', '2023-02-02T10:00:00.000Z');
INSERT INTO indicator_overrides (id, report_id, indicator_id, value, note, created_at) VALUES (1, 7, 'cases.administrative_penalty', '312', '核对原文', '2023-02-02T10:05:00.000Z');
INSERT INTO annotations (id, report_id, start, "end", quote, context_before, context_after, note, severity, status, created_at, modified_at) VALUES (5, 7, 47, 52, '行政处罚案', '建设情况报告

一、主要举措和成效
（一）规范行政执法。全年办理', '件312件，全部实行法制审核。
（二）深入开展普法。组织普法宣传', '与统计年报不一致', 'high', 'flagged', '2023-02-02T10:10:00.000Z', '2023-02-03T08:00:00.000Z');
INSERT INTO tags (id, name) VALUES (1, '数据');
INSERT INTO tags (id, name) VALUES (2, '执法');
INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (5, 1);
INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (5, 2);
PRAGMA user_version = 1;
