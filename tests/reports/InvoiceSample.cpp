#include "InvoiceSample.h"

#include <billing/Charges.h>
#include <payments/RecordPayment.h>
#include <store/RecordWriter.h>
#include <support/Probe.h>

#include <gtest/gtest.h>

namespace rentflow::test {

OrganisationInput InvoicePg::registeredWithUpi()
{
    OrganisationInput org = defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    org.upiVpa = QStringLiteral("sunrisepg@okaxis");
    org.address = QStringLiteral("12 MG Road, Bengaluru");
    return org;
}

InvoicePg::InvoicePg(const OrganisationInput& organisation) : SamplePg(organisation) {}

void InvoicePg::setResident(int resident, const QVariantMap& changes)
{
    store::Transaction tx(store());
    const auto updated = store::RecordWriter(store()).update(QStringLiteral("resident"),
                                                             residentIds.at(resident), changes);
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    ASSERT_TRUE(tx.commit().ok());
}

void InvoicePg::charge(int resident, const QString& amount, const QString& description, QDate date)
{
    const auto added = Charges(store()).add({residentIds.at(resident), amount, description,
                                             QStringLiteral("one_off"), date.toString(Qt::ISODate)},
                                            date);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
}

void InvoicePg::pay(int resident, const QString& amount, QDate date)
{
    const auto paid =
        RecordPayment(store()).run({residentIds.at(resident), amount, QStringLiteral("upi"),
                                    QStringLiteral("UTR1"), date.toString(Qt::ISODate)},
                                   date);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
}

QString InvoicePg::invoiceId(const QString& number)
{
    return text(store(), QStringLiteral("SELECT id FROM invoice WHERE number = '%1'").arg(number));
}

CtlRun InvoicePg::pdf(const QString& id, const QString& file, const QStringList& extra)
{
    return runCtlInProcess(files.path(),
                           QStringList{QStringLiteral("pdf"), QStringLiteral("invoice"),
                                       QStringLiteral("--id"), id, QStringLiteral("--out"), file} +
                               extra);
}

} // namespace rentflow::test
