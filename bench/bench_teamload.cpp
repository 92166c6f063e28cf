// Five analysts editing one server project at once (issue 27): a private
// PostgreSQL server started as the tests start it (tests/serverfixture.h),
// one project of REPORTS reports, and five simulated analysts, each a thread
// with its own connection, AnalystSession and ProjectChangeFeed, as five
// workbenches would be, making changes (indicator values and annotations) at
// a steady pace for SECONDS.
//
// - Most changes are an analyst's own (its fifth of the reports); every
//   HOT_EVERY-th tick all five change the same value or annotation at the
//   same moment, so that conflicts happen. A refused change is resolved as
//   the workbench's dialog lets the analyst: keep theirs (drop it) or
//   overwrite (write again, over theirs), chosen at random.
// - Each change carries a token of its own in its note. At the end, after
//   the feeds have caught up: every committed change is in the change log
//   exactly once and reached each of the other four feeds (and sessions)
//   exactly once; nothing refused was written; every session holds what the
//   server holds. Any failure here makes the exit code 1.
// - The time for a change to reach the others: from the analyst's write
//   being called to the other session having applied it (the write: lock,
//   check, row, log row, NOTIFY, commit; then the feed reads the log and the
//   session reads the record again), median and 95th percentile; as a ratio
//   to the floor, a bare NOTIFY round trip between two plain QSqlDatabase
//   connections on the same server (from the NOTIFY statement being sent to
//   the listener's signal), measured in the same run both before the
//   analysts start (idle) and beside them (under the same load). Also
//   printed: the same measured from the write's return (its commit).
//
// The reports are made by SyntheticReports from the five samples and written
// through ProjectStore::addReport (the store's own write path, in
// transactions of 500; no stored analyses: values and annotations need only
// the report and its text).
//
// Usage:
//   bench_teamload [--reports N] [--seconds S] [--interval MS] [--hot-every K]
// Defaults: 10,000 reports, 60 s, a change every 250 ms per analyst, all
// five on one record every 5th tick. Exit code 77 when no PostgreSQL server
// is installed (outside CI).

#include "analysis/reportpipeline.h"
#include "project/analystsession.h"
#include "project/changelog.h"
#include "project/projectchangefeed.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "reading/samplereports.h"
#include "serverfixture.h"
#include "syntheticreports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{

constexpr int Analysts = 5;
const QString Database = u"team"_s;

struct Settings {
    int reports = 10000;
    int seconds = 60;
    int intervalMs = 250;
    int hotEvery = 5;
};

QString ms(double ns)
{
    return QString::number(ns / 1e6, 'f', 2) + u" ms"_s;
}

// The value at fraction @p q of sorted @p v (nearest rank).
qint64 percentile(const std::vector<qint64> &v, double q)
{
    if (v.empty())
        return 0;
    const auto rank = qsizetype(std::ceil(q * double(v.size())));
    return v.at(size_t(std::clamp<qsizetype>(rank - 1, 0, qsizetype(v.size()) - 1)));
}

QString analystRole(int index)
{
    return u"analyst%1"_s.arg(index + 1);
}

QString token(int analyst, int tick)
{
    return u"bench:a%1:%2"_s.arg(analyst).arg(tick);
}

// The token in a change log row's new value; empty when it has none.
QString tokenOf(const QString &text)
{
    static const QRegularExpression pattern(u"bench:a\\d+:\\d+"_s);
    return pattern.match(text).captured(0);
}

// What the five share: the project and the records all of them change.
struct Plan {
    Settings settings;
    QString address[Analysts];
    QList<qint64> reportIds;
    QList<std::pair<qint64, QString>> hotValues; // report, indicator
    QList<std::pair<qint64, qint64>> hotAnnotations; // report, annotation
    QStringList indicators;
    const QElapsedTimer *clock = nullptr;
};

// What one analyst did and saw; read by the main thread after the analyst's thread is done with it.
struct Tally {
    QHash<QString, std::pair<qint64, qint64>> committed; // token → ns on the clock when the write was called, and when it returned
    QHash<QString, QList<qint64>> arrivals; // token → ns when this session had applied it
    std::vector<qint64> writeNs; // how long each successful write took
    int values = 0;
    int annotations = 0;
    int conflicts = 0;
    int keptTheirs = 0;
    int overwritten = 0;
    int lateTicks = 0;
    int mismatches = 0;
    bool caughtUp = false;
    QStringList errors;
};

// One simulated workbench: its own connection, session and feed, all in its own thread.
class Analyst
{
public:
    Analyst(int index, const Plan &plan)
        : m_index(index)
        , m_plan(plan)
        , m_random(quint32(1000 + index))
    {
        const int share = int(plan.reportIds.size()) / Analysts;
        m_ownFirst = index * share;
        m_ownCount = qMax(1, share);
    }

    QObject *context() const
    {
        return m_context.get();
    }
    Tally &tally()
    {
        return m_tally;
    }
    bool doneWriting() const
    {
        return m_doneWriting.load();
    }
    bool drained() const
    {
        return m_drained.load();
    }

    // In the analyst's thread: opens the project as the workbench does.
    void open()
    {
        auto store = Dz::ProjectStore::open(m_plan.address[m_index]);
        if (!store)
            return fail(store.error());
        m_store = std::move(store).value();
        m_session = std::make_unique<Dz::AnalystSession>();
        if (auto loaded = m_session->load(m_store.get()); !loaded)
            return fail(loaded.error());
        auto feed = Dz::ProjectChangeFeed::open(m_plan.address[m_index]);
        if (!feed)
            return fail(feed.error());
        m_feed = std::move(feed).value();
        QObject::connect(m_feed.get(), &Dz::ProjectChangeFeed::changed, m_context.get(), [this](const Dz::ProjectChange &change) {
            received(change);
        });
        QObject::connect(m_feed.get(), &Dz::ProjectChangeFeed::failed, m_context.get(), [this](const QString &message) {
            fail(u"feed: "_s + message);
        });
    }

    // In the analyst's thread: a change at every tick from @p startNs to @p endNs.
    void run(qint64 startNs, qint64 endNs)
    {
        m_startNs = startNs;
        m_endNs = endNs;
        schedule(0);
    }

    // In the analyst's thread: waits until the feed has passed on change @p lastId, then compares.
    void drain(qint64 lastId, qint64 untilNs)
    {
        if (m_feed && m_feed->lastSeen() < lastId && m_plan.clock->nsecsElapsed() < untilNs) {
            QTimer::singleShot(10, m_context.get(), [this, lastId, untilNs] {
                drain(lastId, untilNs);
            });
            return;
        }
        m_tally.caughtUp = m_feed && m_feed->lastSeen() >= lastId;
        compare();
        m_drained = true;
    }

    // In the analyst's thread: closes everything there.
    void close()
    {
        m_feed.reset();
        m_session.reset();
        m_store.reset();
    }

private:
    void fail(const QString &message)
    {
        m_tally.errors.append(u"%1: %2"_s.arg(analystRole(m_index), message));
    }

    bool isHot(int tick) const
    {
        return m_plan.settings.hotEvery > 0 && tick % m_plan.settings.hotEvery == 0;
    }

    // Hot ticks fall at the same moment for all five; the others are spread over the interval.
    void schedule(int tick)
    {
        const qint64 interval = qint64(m_plan.settings.intervalMs) * 1000000;
        const qint64 phase = isHot(tick) ? 0 : interval * m_index / Analysts;
        const qint64 due = m_startNs + tick * interval + phase;
        if (due >= m_endNs) {
            m_doneWriting = true;
            return;
        }
        const qint64 wait = due - m_plan.clock->nsecsElapsed();
        if (wait < -interval)
            ++m_tally.lateTicks;
        QTimer::singleShot(int(qMax<qint64>(0, wait / 1000000)), Qt::PreciseTimer, m_context.get(), [this, tick] {
            change(tick);
            schedule(tick + 1);
        });
    }

    void change(int tick)
    {
        if (!m_session)
            return;
        const QString note = token(m_index, tick);
        if (isHot(tick)) {
            const int round = tick / m_plan.settings.hotEvery;
            const int which = (round / 2) % int(m_plan.hotValues.size());
            if (round % 2 == 0) {
                const auto &[report, indicator] = m_plan.hotValues.at(which);
                setValue(report, indicator, tick, note);
            } else {
                const auto &[report, id] = m_plan.hotAnnotations.at(which);
                updateAnnotation(report, id, note);
            }
            return;
        }
        const qint64 report = m_plan.reportIds.at(m_ownFirst + int(m_random.bounded(m_ownCount)));
        if (m_random.bounded(3) < 2)
            setValue(report, m_plan.indicators.at(int(m_random.bounded(int(m_plan.indicators.size())))), tick, note);
        else if (const qint64 id = m_ownAnnotations.value(report); id != 0)
            updateAnnotation(report, id, note);
        else
            addAnnotation(report, note);
    }

    // Writes through @p write until it is not refused, or the analyst keeps theirs.
    template<typename Write>
    void resolve(const QString &note, Write write)
    {
        for (int attempt = 0; attempt < 4; ++attempt) {
            const qint64 before = m_plan.clock->nsecsElapsed();
            const Dz::Result<> written = write();
            const qint64 after = m_plan.clock->nsecsElapsed();
            if (written) {
                m_tally.committed.insert(note, {before, after});
                m_tally.writeNs.push_back(after - before);
                if (attempt > 0)
                    ++m_tally.overwritten;
                return;
            }
            if (!m_session->lastConflict()) {
                fail(written.error());
                return;
            }
            // Refused: the session now shows theirs. Keep it, or overwrite it.
            ++m_tally.conflicts;
            if (m_random.bounded(2) == 0) {
                ++m_tally.keptTheirs;
                return;
            }
        }
        ++m_tally.keptTheirs; // refused four times running: the analyst gives up
    }

    void setValue(qint64 report, const QString &indicator, int tick, const QString &note)
    {
        ++m_tally.values;
        Dz::AnalystValue value;
        value.reportId = report;
        value.indicatorId = indicator;
        value.value = *Dz::Decimal::fromString(QString::number(tick * 10 + m_index));
        value.note = note;
        resolve(note, [&] {
            return m_session->setValue(value);
        });
    }

    void updateAnnotation(qint64 report, qint64 id, const QString &note)
    {
        ++m_tally.annotations;
        resolve(note, [&]() -> Dz::Result<> {
            // As the window does: the annotation as the session shows it now, with a new note.
            const QList<Dz::Annotation> shown = m_session->annotations(report);
            const auto it = std::find_if(shown.begin(), shown.end(), [id](const Dz::Annotation &a) {
                return a.id == id;
            });
            if (it == shown.end())
                return Dz::Result<>::failure(u"annotation %1 of report %2 is not in the session"_s.arg(id).arg(report));
            Dz::Annotation edited = *it;
            edited.note = note;
            return m_session->updateAnnotation(edited);
        });
    }

    void addAnnotation(qint64 report, const QString &note)
    {
        ++m_tally.annotations;
        auto stored = m_store->reportRecords().report(report);
        if (!stored)
            return fail(stored.error());
        const QString &text = stored->text;
        const qsizetype length = 4 + m_random.bounded(9);
        const qsizetype start = m_random.bounded(int(qMax<qsizetype>(1, text.size() - length)));
        Dz::Annotation annotation = Dz::Annotation::of(report, text, {start, start + length});
        annotation.note = note;
        const qint64 before = m_plan.clock->nsecsElapsed();
        auto id = m_session->addAnnotation(annotation);
        const qint64 after = m_plan.clock->nsecsElapsed();
        if (!id)
            return fail(id.error());
        m_tally.committed.insert(note, {before, after});
        m_tally.writeNs.push_back(after - before);
        m_ownAnnotations.insert(report, id.value());
    }

    void received(const Dz::ProjectChange &change)
    {
        const auto applied = m_session->applyChange(change);
        const qint64 now = m_plan.clock->nsecsElapsed();
        if (!applied)
            fail(applied.error());
        if (const QString t = tokenOf(change.newValue); !t.isEmpty())
            m_tally.arrivals[t].append(now);
    }

    // The session holds what the server holds: every value and every annotation's note.
    void compare()
    {
        if (!m_store || !m_session)
            return;
        QHash<std::pair<qint64, QString>, QString> stored;
        auto overrides = m_store->analystRecords().indicatorOverrides();
        if (!overrides)
            return fail(overrides.error());
        for (const Dz::IndicatorOverride &o : std::as_const(overrides.value()))
            stored.insert({o.reportId, o.indicatorId}, Dz::AnalystRecords::valueText(o));
        QHash<std::pair<qint64, QString>, QString> shown;
        for (const Dz::AnalystValue &v : m_session->values())
            shown.insert({v.reportId, v.indicatorId}, v.note);
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (!shown.contains(it.key()) || !it.value().contains(shown.value(it.key())))
                ++m_tally.mismatches;
        }
        m_tally.mismatches += int(shown.size() > stored.size() ? shown.size() - stored.size() : 0);
        auto annotations = m_store->analystRecords().annotations();
        if (!annotations)
            return fail(annotations.error());
        QHash<qint64, QList<Dz::Annotation>> byReport;
        for (const Dz::Annotation &a : std::as_const(annotations.value()))
            byReport[a.reportId].append(a);
        for (auto it = byReport.cbegin(); it != byReport.cend(); ++it) {
            const QList<Dz::Annotation> mine = m_session->annotations(it.key());
            if (mine.size() != it.value().size()) {
                ++m_tally.mismatches;
                continue;
            }
            for (qsizetype i = 0; i < mine.size(); ++i) {
                if (mine.at(i).id != it.value().at(i).id || mine.at(i).note != it.value().at(i).note)
                    ++m_tally.mismatches;
            }
        }
    }

    int m_index;
    const Plan &m_plan;
    QRandomGenerator m_random;
    int m_ownFirst = 0;
    int m_ownCount = 1;
    std::unique_ptr<QObject> m_context = std::make_unique<QObject>();
    std::unique_ptr<Dz::ProjectStore> m_store;
    std::unique_ptr<Dz::AnalystSession> m_session;
    std::unique_ptr<Dz::ProjectChangeFeed> m_feed;
    QHash<qint64, qint64> m_ownAnnotations;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    Tally m_tally;
    std::atomic<bool> m_doneWriting {false};
    std::atomic<bool> m_drained {false};
};

// The floor: a bare LISTEN/NOTIFY between two plain connections, the
// listener in a thread of its own (as each analyst's feed is).
class NotifyFloor
{
public:
    static constexpr int Capacity = 20000;

    NotifyFloor(const Dz::Test::ServerFixture &server, const QElapsedTimer &clock)
        : m_server(server)
        , m_clock(clock)
        , m_arrived(Capacity)
    {
        for (auto &a : m_arrived)
            a = -1;
        m_context->moveToThread(&m_thread);
        m_thread.start();
    }
    ~NotifyFloor()
    {
        QMetaObject::invokeMethod(
            m_context.get(),
            [] {
                QSqlDatabase::database(u"bench-floor-listen"_s, false).close();
                QSqlDatabase::removeDatabase(u"bench-floor-listen"_s);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        QSqlDatabase::database(u"bench-floor-notify"_s, false).close();
        QSqlDatabase::removeDatabase(u"bench-floor-notify"_s);
    }

    QString open()
    {
        QString problem;
        QMetaObject::invokeMethod(
            m_context.get(),
            [this, &problem] {
                QSqlDatabase db = connection(u"bench-floor-listen"_s);
                if (!db.open()) {
                    problem = db.lastError().text();
                    return;
                }
                QSqlDriver *driver = db.driver();
                if (!driver->subscribeToNotification(u"bench_floor"_s)) {
                    problem = driver->lastError().text();
                    return;
                }
                QObject::connect(
                    driver, &QSqlDriver::notification, m_context.get(), [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                        const qint64 now = m_clock.nsecsElapsed();
                        const int n = payload.toInt();
                        if (n >= 0 && n < Capacity)
                            m_arrived[size_t(n)] = now;
                    });
            },
            Qt::BlockingQueuedConnection);
        if (!problem.isEmpty())
            return problem;
        QSqlDatabase sender = connection(u"bench-floor-notify"_s);
        if (!sender.open())
            return sender.lastError().text();
        return {};
    }

    // Sends NOTIFY number next(); false when it failed.
    bool notify()
    {
        if (m_sent.size() >= Capacity)
            return false;
        QSqlQuery q(QSqlDatabase::database(u"bench-floor-notify"_s, false));
        const int n = int(m_sent.size());
        const QString sql = u"NOTIFY bench_floor, '%1'"_s.arg(n);
        m_sent.push_back(m_clock.nsecsElapsed());
        if (!q.exec(sql)) {
            m_sent.pop_back();
            return false;
        }
        return true;
    }

    // The delivery times of NOTIFYs [from, to); @p lost counts those that never came.
    std::vector<qint64> times(int from, int to, int *lost) const
    {
        std::vector<qint64> list;
        for (int n = from; n < to && n < int(m_sent.size()); ++n) {
            const qint64 arrived = m_arrived[size_t(n)];
            if (arrived < 0)
                ++*lost;
            else
                list.push_back(qMax<qint64>(0, arrived - m_sent[size_t(n)]));
        }
        std::sort(list.begin(), list.end());
        return list;
    }

    int sent() const
    {
        return int(m_sent.size());
    }

private:
    QSqlDatabase connection(const QString &name) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_server.socketDir());
        db.setPort(m_server.port());
        db.setUserName(m_server.user());
        db.setDatabaseName(Database);
        return db;
    }

    const Dz::Test::ServerFixture &m_server;
    const QElapsedTimer &m_clock;
    QThread m_thread;
    std::unique_ptr<QObject> m_context = std::make_unique<QObject>();
    std::vector<std::atomic<qint64>> m_arrived;
    std::vector<qint64> m_sent;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(10);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    Settings settings;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const int n = args.at(i + 1).toInt();
        if (args.at(i) == u"--reports" && n >= Analysts)
            settings.reports = n;
        else if (args.at(i) == u"--seconds" && n > 0)
            settings.seconds = n;
        else if (args.at(i) == u"--interval" && n > 0)
            settings.intervalMs = n;
        else if (args.at(i) == u"--hot-every" && n >= 0)
            settings.hotEvery = n;
        else {
            err << u"usage: bench_teamload [--reports N (>= 5)] [--seconds S] [--interval MS] [--hot-every K]"_s << Qt::endl;
            return 2;
        }
    }
    if (args.size() % 2 != 0) {
        err << u"usage: bench_teamload [--reports N (>= 5)] [--seconds S] [--interval MS] [--hot-every K]"_s << Qt::endl;
        return 2;
    }

    Dz::Test::ServerFixture server;
    if (const QString problem = server.start(); !problem.isEmpty()) {
        err << u"no server: "_s << problem << Qt::endl;
        return qEnvironmentVariableIsSet("CI") ? 1 : 77;
    }
    QString problem;
    const QString owner = server.createDatabase(Database, &problem);
    if (owner.isEmpty()) {
        err << problem << Qt::endl;
        return 1;
    }
    out << u"five analysts, "_s << settings.reports << u" reports, "_s << settings.seconds << u" s, a change every "_s << settings.intervalMs
        << u" ms each, all five on one record every "_s << settings.hotEvery << u" ticks; "_s << QThread::idealThreadCount() << u" cores"_s << Qt::endl;

    // The project, made by its owner through the store.
    QElapsedTimer clock;
    clock.start();
    Plan plan;
    plan.settings = settings;
    plan.clock = &clock;
    plan.indicators = {
        u"penalty_cases"_s, u"legal_education_events"_s, u"emergency_drills"_s, u"inspections"_s, u"admin_reconsideration"_s, u"admin_litigation"_s};
    auto opened = Dz::ProjectStore::open(owner, Dz::ProjectStore::Access::ReadWrite, Dz::ProjectStore::Creation::CreateIfMissing);
    if (!opened) {
        err << opened.error() << Qt::endl;
        return 1;
    }
    Dz::ProjectStore &store = *opened.value();
    {
        auto samples = Dz::Bench::SyntheticReports::readSamples();
        if (!samples) {
            err << samples.error() << Qt::endl;
            return 1;
        }
        QList<Dz::Report> seeds = std::move(samples).value();
        const Dz::Bench::SyntheticReports generator(seeds);
        QElapsedTimer timer;
        timer.start();
        qint64 characters = 0;
        for (int start = 0; start < settings.reports; start += 500) {
            const auto batch = store.database().transaction([&]() -> Dz::Result<> {
                for (int i = start; i < qMin(settings.reports, start + 500); ++i) {
                    Dz::NewReport r;
                    r.text = generator.make(i, &r.fileName);
                    r.sourcePath = u"/reports/"_s + r.fileName;
                    r.encoding = u"UTF-8"_s;
                    r.contentHash = Dz::ProjectImporter::contentHash(r.text);
                    characters += r.text.size();
                    auto id = store.addReport(r);
                    if (!id)
                        return Dz::Failure(id.error());
                    plan.reportIds.append(id.value());
                }
                return {};
            });
            if (!batch) {
                err << batch.error() << Qt::endl;
                return 1;
            }
        }
        out << u"made "_s << plan.reportIds.size() << u" reports ("_s << characters / 1000000 << u" M characters) through ProjectStore::addReport in "_s
            << QString::number(timer.elapsed() / 1000.0, 'f', 1) << u" s"_s << Qt::endl;
    }
    // The records all five change: values of four reports, and an annotation in each.
    for (int j = 0; j < 4; ++j) {
        const qint64 report = plan.reportIds.at(j * (settings.reports / 4));
        plan.hotValues.append({report, plan.indicators.at(j)});
        const QString text = store.reportRecords().report(report).value().text;
        Dz::Annotation a = Dz::Annotation::of(report, text, {10 + j, 20 + j});
        a.note = u"shared"_s;
        auto id = store.analystRecords().addAnnotation(a);
        if (!id) {
            err << id.error() << Qt::endl;
            return 1;
        }
        plan.hotAnnotations.append({report, id.value()});
    }
    // Five roles that may write, one per analyst, so that the log says who.
    QStringList roles;
    for (int i = 0; i < Analysts; ++i) {
        roles.append(analystRole(i));
        plan.address[i] = server.address(Database, roles.last());
        if (QString e = server.exec(u"CREATE ROLE %1 LOGIN"_s.arg(roles.last())); !e.isEmpty()) {
            err << e << Qt::endl;
            return 1;
        }
    }
    for (const QString &grant : {u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s,
             u"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1"_s}) {
        if (QString e = server.exec(grant.arg(roles.join(u", "_s)), Database); !e.isEmpty()) {
            err << e << Qt::endl;
            return 1;
        }
    }
    const qint64 firstChange = Dz::ChangeLog(store.database()).lastId().value();

    // The floor, idle: 200 NOTIFYs 20 ms apart.
    NotifyFloor floor(server, clock);
    if (const QString e = floor.open(); !e.isEmpty()) {
        err << u"floor: "_s << e << Qt::endl;
        return 1;
    }
    for (int n = 0; n < 200; ++n) {
        if (!floor.notify()) {
            err << u"floor: NOTIFY failed"_s << Qt::endl;
            return 1;
        }
        QThread::msleep(20);
    }
    QThread::msleep(200);
    const int idleSent = floor.sent();

    // The five, each in its thread.
    std::vector<std::unique_ptr<Analyst>> analysts;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Analysts; ++i) {
        analysts.push_back(std::make_unique<Analyst>(i, plan));
        threads.push_back(std::make_unique<QThread>());
        analysts.back()->context()->moveToThread(threads.back().get());
        threads.back()->start();
        Analyst *a = analysts.back().get();
        QMetaObject::invokeMethod(
            a->context(),
            [a] {
                a->open();
            },
            Qt::BlockingQueuedConnection);
        if (!a->tally().errors.isEmpty()) {
            err << a->tally().errors.join(u'\n') << Qt::endl;
            return 1;
        }
    }
    const qint64 startNs = clock.nsecsElapsed() + 500000000;
    const qint64 endNs = startNs + qint64(settings.seconds) * 1000000000;
    for (auto &a : analysts) {
        Analyst *analyst = a.get();
        QMetaObject::invokeMethod(analyst->context(), [analyst, startNs, endNs] {
            analyst->run(startNs, endNs);
        });
    }
    // The floor beside them, every 100 ms.
    while (clock.nsecsElapsed() < endNs) {
        floor.notify();
        QThread::msleep(100);
    }
    const int loadSent = floor.sent();
    if (!waitFor(
            [&] {
                return std::all_of(analysts.begin(), analysts.end(), [](const auto &a) {
                    return a->doneWriting();
                });
            },
            120000)) {
        err << u"the analysts did not finish writing"_s << Qt::endl;
        return 1;
    }
    const qint64 lastChange = Dz::ChangeLog(store.database()).lastId().value();
    const qint64 drainUntil = clock.nsecsElapsed() + 30000000000LL;
    for (auto &a : analysts) {
        Analyst *analyst = a.get();
        QMetaObject::invokeMethod(analyst->context(), [analyst, lastChange, drainUntil] {
            analyst->drain(lastChange, drainUntil);
        });
    }
    waitFor(
        [&] {
            return std::all_of(analysts.begin(), analysts.end(), [](const auto &a) {
                return a->drained();
            });
        },
        60000);
    QThread::msleep(200);
    for (size_t i = 0; i < analysts.size(); ++i) {
        Analyst *a = analysts.at(i).get();
        QMetaObject::invokeMethod(
            a->context(),
            [a] {
                a->close();
            },
            Qt::BlockingQueuedConnection);
        threads.at(i)->quit();
        threads.at(i)->wait();
    }

    // The log: every committed change exactly once, and nothing else.
    auto log = Dz::ChangeLog(store.database()).changes(firstChange, std::numeric_limits<int>::max());
    if (!log) {
        err << log.error() << Qt::endl;
        return 1;
    }
    QHash<QString, int> inLog;
    int untokened = 0;
    for (const Dz::ProjectChange &c : std::as_const(log.value())) {
        const QString t = tokenOf(c.newValue);
        if (t.isEmpty())
            ++untokened;
        else
            ++inLog[t];
    }
    QHash<QString, int> writer;
    Tally total;
    QStringList errors;
    int mismatches = 0;
    int notCaughtUp = 0;
    std::vector<qint64> writes;
    for (int i = 0; i < Analysts; ++i) {
        const Tally &t = analysts.at(size_t(i))->tally();
        for (auto it = t.committed.cbegin(); it != t.committed.cend(); ++it)
            writer.insert(it.key(), i);
        total.values += t.values;
        total.annotations += t.annotations;
        total.conflicts += t.conflicts;
        total.keptTheirs += t.keptTheirs;
        total.overwritten += t.overwritten;
        total.lateTicks += t.lateTicks;
        mismatches += t.mismatches;
        notCaughtUp += t.caughtUp ? 0 : 1;
        errors += t.errors;
        writes.insert(writes.end(), t.writeNs.begin(), t.writeNs.end());
    }
    int lostFromLog = 0;
    int duplicatedInLog = 0;
    int notCommitted = 0;
    for (auto it = writer.cbegin(); it != writer.cend(); ++it) {
        const int n = inLog.value(it.key());
        lostFromLog += n == 0 ? 1 : 0;
        duplicatedInLog += n > 1 ? 1 : 0;
    }
    for (auto it = inLog.cbegin(); it != inLog.cend(); ++it)
        notCommitted += writer.contains(it.key()) ? 0 : 1;
    // Each committed change at each of the other four, exactly once, and how long it took.
    int missed = 0;
    int duplicatedDeliveries = 0;
    int ownMissed = 0;
    std::vector<qint64> latencies;
    std::vector<qint64> sinceCommit;
    for (auto it = writer.cbegin(); it != writer.cend(); ++it) {
        const auto [called, committed] = analysts.at(size_t(it.value()))->tally().committed.value(it.key());
        for (int r = 0; r < Analysts; ++r) {
            const QList<qint64> arrived = analysts.at(size_t(r))->tally().arrivals.value(it.key());
            if (r == it.value()) {
                ownMissed += arrived.size() == 1 ? 0 : 1;
                continue;
            }
            missed += arrived.isEmpty() ? 1 : 0;
            duplicatedDeliveries += arrived.size() > 1 ? 1 : 0;
            if (!arrived.isEmpty()) {
                latencies.push_back(arrived.constFirst() - called);
                sinceCommit.push_back(qMax<qint64>(0, arrived.constFirst() - committed));
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    std::sort(sinceCommit.begin(), sinceCommit.end());
    std::sort(writes.begin(), writes.end());
    int floorLost = 0;
    const std::vector<qint64> idle = floor.times(0, idleSent, &floorLost);
    const std::vector<qint64> loaded = floor.times(idleSent, loadSent, &floorLost);

    const int changes = int(writer.size());
    out << u"changes attempted: "_s << total.values << u" values, "_s << total.annotations << u" annotations; committed "_s << changes << u" ("_s
        << QString::number(changes / double(settings.seconds), 'f', 1) << u"/s), "_s << log->size() << u" rows in the change log"_s << Qt::endl;
    out << u"conflicts: "_s << total.conflicts << u" refused writes; "_s << total.keptTheirs << u" kept theirs, "_s << total.overwritten << u" overwritten"_s
        << Qt::endl;
    out << u"lost: "_s << lostFromLog << u" not in the log, "_s << missed << u" deliveries missing at the other four; duplicated: "_s << duplicatedInLog
        << u" in the log, "_s << duplicatedDeliveries << u" deliveries; written though refused: "_s << notCommitted << u"; rows of no change: "_s << untokened
        << u"; own feed not exactly once: "_s << ownMissed << Qt::endl;
    out << u"sessions differing from the server at the end: "_s << mismatches << u" records; feeds not caught up: "_s << notCaughtUp
        << u"; ticks more than an interval late: "_s << total.lateTicks << u"; errors: "_s << errors.size() << Qt::endl;
    for (const QString &e : errors.mid(0, 10))
        err << u"  "_s << e << Qt::endl;
    out << u"a write (the call, to its commit): median "_s << ms(double(percentile(writes, 0.5))) << u", 95th percentile "_s
        << ms(double(percentile(writes, 0.95))) << Qt::endl;
    const qint64 median = percentile(latencies, 0.5);
    const qint64 p95 = percentile(latencies, 0.95);
    out << u"a change reaching another analyst's session ("_s << latencies.size() << u" deliveries), from the write's call: median "_s << ms(double(median))
        << u", 95th percentile "_s << ms(double(p95)) << u", at most "_s << ms(double(latencies.empty() ? 0 : latencies.back()))
        << u"; from its commit: median "_s << ms(double(percentile(sinceCommit, 0.5))) << u", 95th percentile "_s << ms(double(percentile(sinceCommit, 0.95)))
        << Qt::endl;
    const auto ratio = [](qint64 a, qint64 b) {
        return QString::number(double(a) / double(qMax<qint64>(1, b)), 'f', 1) + u'x';
    };
    const qint64 idleMedian = percentile(idle, 0.5);
    const qint64 idleP95 = percentile(idle, 0.95);
    const qint64 loadedMedian = percentile(loaded, 0.5);
    const qint64 loadedP95 = percentile(loaded, 0.95);
    out << u"floor, a bare NOTIFY round trip idle ("_s << idle.size() << u"): median "_s << ms(double(idleMedian)) << u", 95th percentile "_s
        << ms(double(idleP95)) << u"; beside the analysts ("_s << loaded.size() << u"): median "_s << ms(double(loadedMedian)) << u", 95th percentile "_s
        << ms(double(loadedP95)) << u"; NOTIFYs lost: "_s << floorLost << Qt::endl;
    out << u"ratio to the floor beside the analysts: median "_s << ratio(median, loadedMedian) << u", 95th percentile "_s << ratio(p95, loadedP95)
        << u"; to the idle floor: median "_s << ratio(median, idleMedian) << u", 95th percentile "_s << ratio(p95, idleP95) << Qt::endl;

    const bool ok = errors.isEmpty() && lostFromLog == 0 && missed == 0 && duplicatedInLog == 0 && duplicatedDeliveries == 0 && notCommitted == 0
        && untokened == 0 && ownMissed == 0 && mismatches == 0 && notCaughtUp == 0 && changes > 0 && floorLost == 0;
    out << (ok ? u"ok: no change lost or duplicated"_s : u"FAILED"_s) << Qt::endl;
    return ok ? 0 : 1;
}
