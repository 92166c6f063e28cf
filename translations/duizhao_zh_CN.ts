<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Dz::Alignment</name>
    <message>
        <source>No section “%1” (level %2) in %3.</source>
        <translation>%3 中没有章节“%1”（第 %2 级）。</translation>
    </message>
    <message>
        <source>The scheme has no node “%1”.</source>
        <translation>框架中没有节点“%1”。</translation>
    </message>
</context>
<context>
    <name>Dz::AlignmentCorrection</name>
    <message>
        <source>Unknown correction kind “%1”.</source>
        <translation>未知的更正类型“%1”。</translation>
    </message>
    <message>
        <source>A correction names no section (report, title, level).</source>
        <translation>更正未指明章节（报告、标题、层级）。</translation>
    </message>
    <message>
        <source>A reassignment names no node.</source>
        <translation>重新归类未指明节点。</translation>
    </message>
    <message>
        <source>A correspondence names no second section.</source>
        <translation>对应关系未指明第二个章节。</translation>
    </message>
    <message>
        <source>Correction %1: %2</source>
        <translation>第 %1 条更正：%2</translation>
    </message>
</context>
<context>
    <name>Dz::AlignmentFormat</name>
    <message>
        <source> (opening paragraph)</source>
        <translation>（开头段落）</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation>（已更正）</translation>
    </message>
    <message numerus="yes">
        <source>Alignment of %n report(s) by scheme %1</source>
        <translation>
            <numerusform>按框架 %1 对照 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Similar sections (bigram TF-IDF cosine) for sections the scheme does not place:</source>
        <translation>框架未归类章节的相似章节（二元组 TF-IDF 余弦）：</translation>
    </message>
    <message>
        <source> (analyst)</source>
        <translation>（分析员）</translation>
    </message>
    <message>
        <source>Correction not applied: %1</source>
        <translation>更正未应用：%1</translation>
    </message>
</context>
<context>
    <name>Dz::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>中文 (Chinese)</source>
        <extracomment>The language&apos;s own name, shown in every language.</extracomment>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>The language&apos;s own name, shown in every language.</extracomment>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>Dz::MainWindow</name>
    <message>
        <source>Text reports (*.txt);;All files (*)</source>
        <translation>文本报告 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
    <message>
        <source>Duizhao (对照) %1

Compares the rule-of-law reports of Chinese government bodies: reads them, outlines their headings and shows them side by side.</source>
        <translation>对照（Duizhao）%1

对照各级政府部门的法治政府建设情况报告：读取报告，梳理各级标题，并排展示。</translation>
    </message>
    <message>
        <source>No reports loaded. Open report files or drop them here.</source>
        <translation>尚未加载报告。请打开报告文件，或将文件拖放到此处。</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n report(s)…</source>
        <translation>
            <numerusform>正在加载 %n 份报告…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading canceled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n report(s).</source>
        <translation>
            <numerusform>已加载 %n 份报告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n 个文件无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>No report selected.</source>
        <translation>未选择报告。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 — year reported on: %2 — published: %3</source>
        <translation>%1 — 报告年度：%2 — 发布日期：%3</translation>
    </message>
    <message>
        <source>%1: %2 (from the %3)</source>
        <translation>%1：%2（来自%3）</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1：未找到</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>文件：%1（%2）</translation>
    </message>
    <message>
        <source>%1 — Duizhao</source>
        <translation>%1 — 对照</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>关于对照(&amp;A)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation>导入报告文件夹</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao)</source>
        <translation>对照项目 (*.duizhao)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao);;All files (*)</source>
        <translation>对照项目 (*.duizhao);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>是否以只读方式打开？</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation>移除报告</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n annotation(s) or value(s) of yours. Remove the report with them from the project?</source>
        <translation>
            <numerusform>%1 含有您的 %n 条批注或数值。是否将该报告连同这些内容一并从项目中移除？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the project.</source>
        <translation>
            <numerusform>%n 个文件已在项目中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>%1 — %2 — Duizhao</source>
        <translation>%1 — %2 — 对照</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>Stop importing; the reports imported so far stay in the project</source>
        <translation>停止导入；已导入的报告保留在项目中</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy the project to a new file and go on working in the copy (changes are saved as you make them)</source>
        <translation>将项目复制为新文件，并在副本中继续工作（修改会随时自动保存）</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import Reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <source>Add report files to the project (text in UTF-8, UTF-16 or GB18030)</source>
        <translation>将报告文件加入项目（UTF-8、UTF-16 或 GB18030 编码的文本）</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Add every .txt file in a folder and its sub-folders to the project</source>
        <translation>将文件夹及其子文件夹中的所有 .txt 文件加入项目</translation>
    </message>
    <message>
        <source>Import &amp;Samples</source>
        <translation>导入示例(&amp;S)</translation>
    </message>
    <message>
        <source>Add the five reports shipped with Duizhao to the project</source>
        <translation>将对照自带的五份报告加入项目</translation>
    </message>
    <message>
        <source>&amp;Remove Report from Project</source>
        <translation>从项目中移除报告(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Dz::MetadataExtractor</name>
    <message>
        <source>composed: region from the %1, agency from the page header (来源)</source>
        <translation>组合而成：地区取自%1，机关取自页面头部（来源）</translation>
    </message>
    <message numerus="yes">
        <source>composed: region from the %1, agency named %n time(s) in the text</source>
        <translation>
            <numerusform>组合而成：地区取自%1，机关在正文中出现 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>the year before publication</source>
        <translation>发布年份的前一年</translation>
    </message>
</context>
<context>
    <name>Dz::OutlineFormat</name>
    <message>
        <source>  district: %1   issuer: %2   year: %3   published: %4</source>
        <translation>  地区：%1   发文机关：%2   年度：%3   发布日期：%4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>[no marker]</source>
        <translation>［无序号］</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>repaired: %1</source>
        <translation>已修正：%1</translation>
    </message>
</context>
<context>
    <name>Dz::OutlineParser</name>
    <message>
        <source>No marker: read as 一、 because the next top-level heading is 二、.</source>
        <translation>无序号：因下一个一级标题为“二、”，按“一、”处理。</translation>
    </message>
    <message>
        <source>No marker: read as （一） because the next sub-heading is （二）.</source>
        <translation>无序号：因下一个二级标题为“（二）”，按“（一）”处理。</translation>
    </message>
    <message>
        <source>Marker “%1” is written with an Arabic numeral, but by position it is the top-level heading %2、 (after %3、).</source>
        <translation>序号“%1”使用了阿拉伯数字，但按位置应为一级标题“%2、”（位于“%3、”之后）。</translation>
    </message>
    <message>
        <source>Marker “%1” is a fourth-level marker with no 1. item above it; by position it is the second-level heading （%2） (after %3).</source>
        <translation>序号“%1”是四级序号，但其上没有“1.”级条目；按位置应为二级标题“（%2）”（位于%3之后）。</translation>
    </message>
    <message>
        <source>Numbered %1 but it is heading %2 at its level.</source>
        <translation>序号为 %1，但在本级中是第 %2 个标题。</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectCommand</name>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Place annotation</source>
        <translation>重新定位批注</translation>
    </message>
    <message>
        <source>Add alignment correction</source>
        <translation>添加对照更正</translation>
    </message>
    <message>
        <source>Remove alignment correction</source>
        <translation>删除对照更正</translation>
    </message>
    <message>
        <source>Set indicator value</source>
        <translation>设置指标数值</translation>
    </message>
    <message>
        <source>Remove indicator value</source>
        <translation>删除指标数值</translation>
    </message>
    <message>
        <source>district</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>publish date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectController</name>
    <message>
        <source>Cannot create a temporary folder for the project.</source>
        <translation>无法为项目创建临时文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 无法替换。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>%1 is open read-only; reports cannot be added to it.</source>
        <translation>%1 以只读方式打开，无法向其中添加报告。</translation>
    </message>
    <message>
        <source>No such report.</source>
        <translation>没有该报告。</translation>
    </message>
    <message>
        <source>%1 is the project open now; a new project needs another file.</source>
        <translation>%1 是当前打开的项目；新建项目需要使用其他文件。</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectImporter</name>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1：文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>%1: the same text as %2, already in the project; skipped.</source>
        <translation>%1：与项目中已有的 %2 内容相同，已跳过。</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectLock</name>
    <message>
        <source>%1 is open in another program (%2, process %3 on %4). Close it there first, or open it read-only.</source>
        <translation>%1 已在另一个程序中打开（%2，%4 上的进程 %3）。请先在那里关闭，或以只读方式打开。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (no permission to write in its folder). Open the project read-only.</source>
        <translation>%1：无法创建锁文件 %2（没有写入其所在文件夹的权限）。请以只读方式打开项目。</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2.</source>
        <translation>%1：无法创建锁文件 %2。</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectStore</name>
    <message>
        <source>No project file given.</source>
        <translation>未指定项目文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Duizhao project.</source>
        <translation>%1 是文件夹，不是对照项目。</translation>
    </message>
    <message>
        <source>%1: no such project file.</source>
        <translation>%1：项目文件不存在。</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1：无法打开（%2）。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Duizhao project.</source>
        <translation>%1 是空文件，不是对照项目。</translation>
    </message>
    <message>
        <source>%1 is not a Duizhao project: it is not an SQLite database.</source>
        <translation>%1 不是对照项目：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>%1 is read-only, so Duizhao cannot save changes to it. Open it read-only, or save a copy somewhere writable.</source>
        <translation>%1 是只读文件，对照无法保存对它的修改。请以只读方式打开，或将副本另存到可写的位置。</translation>
    </message>
    <message>
        <source>%1: its folder %2 is not writable; a project writes its journal beside it.</source>
        <translation>%1：所在文件夹 %2 不可写；项目需要在旁边写入日志文件。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>%1：无法打开：未安装 Qt SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>%1 is not a Duizhao project: it is not an SQLite database, or it is damaged.</source>
        <translation>%1 不是对照项目：它不是 SQLite 数据库，或已损坏。</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Try again when it is done.</source>
        <translation>%1 被另一个正在写入的程序锁定。请等其完成后再试。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Open it read-only.</source>
        <translation>%1 无法写入（%2）。请以只读方式打开。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Duizhao (project format %2; this version reads up to %3). It was not changed.</source>
        <translation>%1 由较新版本的对照保存（项目格式 %2；本版本最高可读 %3）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Duizhao project. It was not changed.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是对照项目。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Duizhao project.</source>
        <translation>%1 是空数据库，不是对照项目。</translation>
    </message>
    <message>
        <source>%1 is in an older project format (%2) and must be upgraded to %3: open it once for writing.</source>
        <translation>%1 使用较旧的项目格式（%2），需要升级到 %3：请以可写方式打开一次。</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1：无法读取。</translation>
    </message>
    <message>
        <source>%1 is locked by another program (the journal mode could not be set to WAL, it is %2).</source>
        <translation>%1 被另一个程序锁定（日志模式无法设为 WAL，当前为 %2）。</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the project to format %2: %3</source>
        <translation>%1：无法将项目升级到格式 %2：%3</translation>
    </message>
    <message>
        <source>%1 is busy: another program kept it locked for more than %2 seconds.</source>
        <translation>%1 正忙：另一个程序锁定它超过了 %2 秒。</translation>
    </message>
    <message>
        <source>%1 cannot be changed: it is open read-only.</source>
        <translation>%1 无法修改：它以只读方式打开。</translation>
    </message>
    <message>
        <source>%1: the project could not be read or written (%2).</source>
        <translation>%1：无法读写项目（%2）。</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>%1 以只读方式打开；未作任何改动。</translation>
    </message>
    <message>
        <source>%1 has no report %2.</source>
        <translation>%1 中没有报告 %2。</translation>
    </message>
    <message>
        <source>%1 has no correction %2.</source>
        <translation>%1 中没有更正 %2。</translation>
    </message>
    <message>
        <source>%1 has no annotation %2.</source>
        <translation>%1 中没有批注 %2。</translation>
    </message>
    <message>
        <source>%1: a copy cannot replace the project itself.</source>
        <translation>%1：副本不能替换项目本身。</translation>
    </message>
    <message>
        <source>%1: the copy could not be written (%2).</source>
        <translation>%1：无法写入副本（%2）。</translation>
    </message>
    <message>
        <source>%1: cannot be replaced.</source>
        <translation>%1：无法替换。</translation>
    </message>
    <message>
        <source>%1: the copy could not be moved into place.</source>
        <translation>%1：无法将副本移到目标位置。</translation>
    </message>
</context>
<context>
    <name>Dz::ReportReader</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1: is a folder, not a report file.</source>
        <translation>%1：这是文件夹，不是报告文件。</translation>
    </message>
    <message>
        <source>%1: the file is %2, larger than the %3 a report can have.</source>
        <translation>%1：文件大小为 %2，超过报告允许的上限 %3。</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1：无法打开（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is larger than the %2 a report can have.</source>
        <translation>%1：文件超过报告允许的上限 %2。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>%1: the file starts with a UTF-16 byte order mark but is not valid UTF-16.</source>
        <translation>%1：文件以 UTF-16 字节序标记开头，但不是有效的 UTF-16。</translation>
    </message>
    <message>
        <source>%1: looks like a binary file, not a text report.</source>
        <translation>%1：看起来是二进制文件，不是文本报告。</translation>
    </message>
    <message>
        <source>%1: the file starts with a UTF-8 byte order mark but has invalid UTF-8 at byte %2.</source>
        <translation>%1：文件以 UTF-8 字节序标记开头，但第 %2 字节处有无效的 UTF-8。</translation>
    </message>
    <message>
        <source>%1: cannot be decoded: not valid UTF-8 (first bad byte at %2), nor GB18030/GBK.</source>
        <translation>%1：无法解码：既不是有效的 UTF-8（首个错误字节位于 %2），也不是 GB18030/GBK。</translation>
    </message>
    <message>
        <source>%1: the file holds only white space.</source>
        <translation>%1：文件只包含空白字符。</translation>
    </message>
</context>
<context>
    <name>Dz::ReportView</name>
    <message>
        <source>Repaired heading: %1</source>
        <translation>已修正的标题：%1</translation>
    </message>
</context>
<context>
    <name>Dz::Scheme</name>
    <message>
        <source>%1: &quot;label&quot; must be an object with &quot;zh&quot; and &quot;en&quot;</source>
        <translation>%1：“label”必须是包含“zh”和“en”的对象</translation>
    </message>
    <message>
        <source>%1: the label has no &quot;zh&quot; text</source>
        <translation>%1：label 缺少“zh”文本</translation>
    </message>
    <message>
        <source>%1: the label has no &quot;en&quot; text</source>
        <translation>%1：label 缺少“en”文本</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of {&quot;term&quot;, &quot;weight&quot;}</source>
        <translation>%1：“%2”必须是由 {&quot;term&quot;, &quot;weight&quot;} 组成的数组</translation>
    </message>
    <message>
        <source>%1: cue %2 of &quot;%3&quot; has no term</source>
        <translation>%1：“%3”的第 %2 个提示词没有 term</translation>
    </message>
    <message>
        <source>%1: cue &quot;%2&quot; needs a positive numeric weight (at most 100)</source>
        <translation>%1：提示词“%2”需要一个正数权重（不超过 100）</translation>
    </message>
    <message>
        <source>%1: cue &quot;%2&quot; is listed twice in &quot;%3&quot;</source>
        <translation>%1：提示词“%2”在“%3”中出现了两次</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must list at least one cue</source>
        <translation>%1：“%2”至少要列出一个提示词</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 缺少“id”</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; must not contain a dot</source>
        <translation>%1：id“%2”不能包含句点</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is used twice</source>
        <translation>%1：id“%2”被使用了两次</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; must be a non-negative number</source>
        <translation>设置项“%1”必须是非负数</translation>
    </message>
    <message>
        <source>Cannot read the scheme file %1: %2</source>
        <translation>无法读取框架文件 %1：%2</translation>
    </message>
    <message>
        <source>The scheme file %1 is not valid: %2</source>
        <translation>框架文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>JSON syntax error at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 语法错误：%2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;duizhao-scheme&quot;</source>
        <translation>“format”必须为“duizhao-scheme”</translation>
    </message>
    <message>
        <source>unsupported &quot;version&quot; %1 (this build reads version 1)</source>
        <translation>不支持的“version” %1（此版本只能读取第 1 版）</translation>
    </message>
    <message>
        <source>the scheme has no &quot;id&quot;</source>
        <translation>框架缺少“id”</translation>
    </message>
    <message>
        <source>the scheme</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>&quot;parts&quot; must be a non-empty array</source>
        <translation>“parts”必须是非空数组</translation>
    </message>
    <message>
        <source>part %1 is not an object</source>
        <translation>第 %1 个部分不是对象</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>第 %1 个部分</translation>
    </message>
    <message>
        <source>%1: &quot;position&quot; must be a number from 0 to 1</source>
        <translation>%1：“position”必须是 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>&quot;themes&quot; must be an array</source>
        <translation>“themes”必须是数组</translation>
    </message>
    <message>
        <source>theme %1 is not an object</source>
        <translation>第 %1 个主题不是对象</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>第 %1 个主题</translation>
    </message>
    <message>
        <source>&quot;contentPart&quot; names &quot;%1&quot;, which is not a part</source>
        <translation>“contentPart”指定的“%1”不是一个部分</translation>
    </message>
    <message>
        <source>&quot;themedParts&quot; names &quot;%1&quot;, which is not a part</source>
        <translation>“themedParts”指定的“%1”不是一个部分</translation>
    </message>
    <message>
        <source>&quot;connectors&quot; must hold non-empty strings</source>
        <translation>“connectors”必须由非空字符串组成</translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be an object</source>
        <translation>“settings”必须是对象</translation>
    </message>
</context>
<context>
    <name>Dz::SectionClassifier</name>
    <message>
        <source>%1 ×%2 +%3</source>
        <translation>%1 ×%2 +%3</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>No part: the scheme has none.</source>
        <translation>无部分：框架中没有定义部分。</translation>
    </message>
    <message>
        <source>The heading names two parts: its opening paragraph is %1 (%2), its items are %3 (%4).</source>
        <translation>标题同时指向两个部分：开头段落属于 %1（%2），其下条目属于 %3（%4）。</translation>
    </message>
    <message>
        <source>Part %1 from the heading: %2.</source>
        <translation>根据标题归入部分 %1：%2。</translation>
    </message>
    <message>
        <source>Part %1 from the enclosing section “%2”.</source>
        <translation>根据所属章节“%2”归入部分 %1。</translation>
    </message>
    <message>
        <source>Part %1: the top-level heading names a theme and no part.</source>
        <translation>部分 %1：一级标题指向主题而非部分。</translation>
    </message>
    <message>
        <source>Part %1 by default: nothing pointed elsewhere.</source>
        <translation>默认归入部分 %1：没有指向其他部分的依据。</translation>
    </message>
    <message>
        <source>weak heading cues %1</source>
        <translation>标题弱提示词 %1</translation>
    </message>
    <message>
        <source>body %1</source>
        <translation>正文 %1</translation>
    </message>
    <message>
        <source>position among top-level headings +%1</source>
        <translation>在一级标题中的位置 +%1</translation>
    </message>
    <message>
        <source>Part %1 from a generic heading: %2.</source>
        <translation>根据通用标题归入部分 %1：%2。</translation>
    </message>
    <message>
        <source>No theme: the heading names a part.</source>
        <translation>无主题：标题指向的是部分。</translation>
    </message>
    <message>
        <source>No theme: no cue term stood out.</source>
        <translation>无主题：没有突出的提示词。</translation>
    </message>
    <message>
        <source>Theme %1 from the enclosing section.</source>
        <translation>主题 %1 取自所属章节。</translation>
    </message>
    <message>
        <source>heading %1</source>
        <translation>标题 %1</translation>
    </message>
    <message>
        <source>Theme %1 from %2.</source>
        <translation>主题 %1 取自%2。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Timed out waiting for the reports to load.</source>
        <translation>等待报告加载超时。</translation>
    </message>
    <message>
        <source>Self-test: %1 reports, %2 top-level headings in the first, %3 problems.</source>
        <translation>自检：%1 份报告，第一份有 %2 个一级标题，%3 个问题。</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Screenshot written to %1.</source>
        <translation>截图已写入 %1。</translation>
    </message>
    <message>
        <source>Compare the rule-of-law reports of government bodies side by side.</source>
        <translation>并排对照政府部门的法治政府建设情况报告。</translation>
    </message>
    <message>
        <source>Open the window on the built-in samples, check they load, and exit (0 on success).</source>
        <translation>用内置示例打开窗口，检查能否加载，然后退出（成功返回 0）。</translation>
    </message>
    <message>
        <source>Load the reports, save a picture of the window to &lt;file&gt; and exit.</source>
        <translation>加载报告，将窗口截图保存到 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <source>Reads rule-of-law reports and prints what Duizhao finds in them.</source>
        <translation>读取法治政府建设情况报告，并输出对照从中识别出的内容。</translation>
    </message>
    <message>
        <source>Report files (text: UTF-8, UTF-16 or GB18030).</source>
        <translation>报告文件（文本：UTF-8、UTF-16 或 GB18030）。</translation>
    </message>
    <message>
        <source>%1: no files given.</source>
        <translation>%1：未指定文件。</translation>
    </message>
    <message>
        <source>outline: unknown format “%1” (use json or text).</source>
        <translation>outline：未知格式“%1”（请使用 json 或 text）。</translation>
    </message>
    <message>
        <source>Output format: json or text (align: also csv).</source>
        <translation>输出格式：json 或 text（align 还支持 csv）。</translation>
    </message>
    <message>
        <source>align: unknown format “%1” (use json, text or csv).</source>
        <translation>align：未知格式“%1”（请使用 json、text 或 csv）。</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 / %2 个文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s) added</source>
        <translation>
            <numerusform>%1：已添加 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>跳过 %n 份重复报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n 个文件未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) found.</source>
        <translation>
            <numerusform>找到 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the reports of this project (outline, align) in place of, or besides, report files.</source>
        <translation>使用此项目中的报告（outline、align），代替报告文件或与之一并使用。</translation>
    </message>
    <message>
        <source>outline: headings, levels, metadata and section classification of each report; align: the reports side by side by section; import PROJECT FILE|FOLDER...: add reports to a project (made if needed); search PROJECT QUERY: find text in a project&apos;s reports.</source>
        <translation>outline：每份报告的标题、层级、元数据和章节分类；align：按章节并排对照各报告；import 项目 文件|文件夹...：将报告加入项目（必要时新建项目）；search 项目 查询：在项目的报告中查找文字。</translation>
    </message>
    <message>
        <source>import: give a project and at least one report file or folder.</source>
        <translation>import：请指定项目以及至少一个报告文件或文件夹。</translation>
    </message>
    <message>
        <source>search: give a project and what to search for.</source>
        <translation>search：请指定项目以及要查找的内容。</translation>
    </message>
    <message>
        <source>search: unknown format “%1” (use json or text).</source>
        <translation>search：未知格式“%1”（请使用 json 或 text）。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: outline, align, import, search.</source>
        <translation>未知命令“%1”。可用命令：outline、align、import、search。</translation>
    </message>
    <message numerus="yes">
        <source>%n changed report(s) updated</source>
        <translation>
            <numerusform>更新 %n 份已修改的报告</numerusform>
        </translation>
    </message>
    <message>
        <source>A project (.duizhao) to open, or report files to import into a new untitled project (text: UTF-8, UTF-16 or GB18030). Without any, the last project opens, or the built-in samples in an untitled project.</source>
        <translation>要打开的项目（.duizhao），或要导入新的未命名项目的报告文件（文本：UTF-8、UTF-16 或 GB18030）。不指定时打开上次的项目，或在未命名项目中打开内置示例。</translation>
    </message>
</context>
</TS>
