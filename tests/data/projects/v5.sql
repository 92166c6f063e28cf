-- A Duizhao project in format 5 (format 4 plus the originals of imported
-- files, table report_originals): one report that was re-imported once, with
-- an analysis, its original file and every kind of analyst data.
-- tst_projectstore makes a file from it and opens it, so the migrations from
-- version 5 are tested on real rows. Frozen: never edit, add a file for a
-- new version instead.
-- Statements end with ";" at the end of a line (trigger bodies: at "END;").
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
ALTER TABLE annotations ADD COLUMN needs_reanchoring INTEGER NOT NULL DEFAULT 0 CHECK (needs_reanchoring IN (0, 1));
ALTER TABLE reports ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE VIRTUAL TABLE report_search USING fts5(text, content='reports', content_rowid='id', tokenize='trigram');
CREATE TRIGGER reports_search_insert AFTER INSERT ON reports BEGIN
    INSERT INTO report_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER reports_search_delete AFTER DELETE ON reports BEGIN
    INSERT INTO report_search (report_search, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER reports_search_update AFTER UPDATE OF text ON reports BEGIN
    INSERT INTO report_search (report_search, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO report_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE VIRTUAL TABLE report_bigrams USING fts5(tokens, content='', contentless_delete=1, tokenize='ascii');
CREATE TRIGGER reports_bigrams_delete AFTER DELETE ON reports BEGIN
    DELETE FROM report_bigrams WHERE rowid = old.id;
END;
ALTER TABLE reports DROP COLUMN revision;
CREATE TABLE report_originals (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    bytes BLOB NOT NULL
);
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
INSERT INTO annotations (id, report_id, start, "end", quote, context_before, context_after, note, severity, status, created_at, modified_at, needs_reanchoring) VALUES (5, 7, 47, 52, '行政处罚案', '建设情况报告

一、主要举措和成效
（一）规范行政执法。全年办理', '件312件，全部实行法制审核。
（二）深入开展普法。组织普法宣传', '与统计年报不一致', 'high', 'flagged', '2023-02-02T10:10:00.000Z', '2023-02-03T08:00:00.000Z', 0);
INSERT INTO report_originals (report_id, format, mime_type, address, bytes) VALUES (7, 'html', 'text/html', 'https://www.example.gov.cn/xiqu/2022.html', X'3C68746D6C3E3C2F68746D6C3E');
INSERT INTO tags (id, name) VALUES (1, '数据');
INSERT INTO tags (id, name) VALUES (2, '执法');
INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (5, 1);
INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (5, 2);
INSERT INTO report_bigrams (rowid, tokens) VALUES (7, '西区 区司 司法 法局 局2 20 02 22 2年 年度 度法 法治 治政 政府 府建 建设 设情 情况 况报 报告 告 一 主要 要举 举措 措和 和成 成效 效 一 规范 范行 行政 政执 执法 法 全年 年办 办理 理行 行政 政处 处罚 罚案 案件 件3 31 12 2件 件 全部 部实 实行 行法 法制 制审 审核 核 二 深入 入开 开展 展普 普法 法 组织 织普 普法 法宣 宣传 传活 活动 动4 46 6场 场 二 存在 在的 的不 不足 足 行政 政执 执法 法人 人员 员培 培训 训覆 覆盖 盖面 面不 不够 够 三 下一 一步 步工 工作 作打 打算 算 持续 续推 推进 进严 严格 格规 规范 范公 公正 正文 文明 明执 执法 法 西区 区司 司法 法局 局 20 02 23 3年 年1 1月 月1 10 0日 日');
PRAGMA user_version = 5;
