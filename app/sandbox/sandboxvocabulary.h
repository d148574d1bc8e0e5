#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sendtrail {

// The word pools the data set is drawn from. Hostile entries are deliberate: every exporter,
// table and CSV writer downstream must survive them.
struct SandboxOutcome
{
    int status;
    QString classification;
    QString message;
    int weight;
};

struct SandboxNamedId
{
    QString id;
    QString name;
};

struct SandboxWeighted
{
    QString value;
    int weight;
};

namespace sandboxvocabulary {

const QList<SandboxWeighted> &accounts();
const QList<SandboxWeighted> &tags(); // "" = mail sent without a tag
const QList<SandboxNamedId> &ipPools();
const QList<SandboxNamedId> &configSets();
const QList<SandboxOutcome> &outcomes();
const QStringList &hostileRecipients();
const QStringList &hostileSubjects();
QString ordinaryRecipient(quint64 random);
QString ordinarySubject(quint64 random);

} // namespace sandboxvocabulary
} // namespace sendtrail
