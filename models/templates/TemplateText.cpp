#include "TemplateText.h"

#include "TemplatePlaceholders.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rentflow {

namespace {

const QString kOpen = QStringLiteral("{{");
const QString kClose = QStringLiteral("}}");

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return pattern;
}

bool isName(QStringView name)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return shape.match(name.toString()).hasMatch();
}

QString tr(const char* text)
{
    return QCoreApplication::translate("TemplateText", text);
}

QStringList linesOf(const QString& body)
{
    QStringList lines = body.split(QLatin1Char('\n'));
    for (QString& line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    return lines;
}

bool isComment(const QString& trimmed)
{
    return trimmed.startsWith(QLatin1String("//"));
}

// The name of the one placeholder that is the whole of `text`, else empty.
QString wholePlaceholder(const QString& text)
{
    const auto match = placeholderPattern().match(text.trimmed());
    if (match.hasMatch() && match.capturedLength(0) == text.trimmed().size())
        return match.captured(1);
    return {};
}

void checkLine(const QString& field, const QString& line, int number,
               const std::function<bool(QStringView)>& isKnown, FieldErrors& errors)
{
    const auto fail = [&](const QString& message) {
        errors.append({field, tr("line %1: %2").arg(number).arg(message)});
    };
    qsizetype at = 0;
    while (at < line.size()) {
        const qsizetype open = line.indexOf(kOpen, at);
        const qsizetype close = line.indexOf(kClose, at);
        if (close >= 0 && (open < 0 || close < open)) {
            fail(tr("'}}' without '{{' before it"));
            at = close + 2;
            continue;
        }
        if (open < 0)
            return;
        const qsizetype end = line.indexOf(kClose, open + 2);
        if (end < 0) {
            fail(tr("'{{' is not closed by '}}' on the same line"));
            return;
        }
        const QString inner = line.mid(open + 2, end - open - 2);
        const QString name = inner.trimmed();
        if (inner.contains(QLatin1Char('{')) || inner.contains(QLatin1Char('}')))
            fail(tr("'{{%1}}' is not a placeholder: a name goes between one '{{' and one '}}'")
                     .arg(inner));
        else if (!isName(name))
            fail(tr("'{{%1}}' is not a placeholder name (small letters, digits and _, "
                    "e.g. {{licensee_name}})")
                     .arg(inner));
        else if (!isKnown(name))
            fail(tr("{{%1}} is not one of this template's placeholders (`rentflowctl template "
                    "placeholders` lists them)")
                     .arg(name));
        else if (name == QStringView(kSignaturesPlaceholder) && wholePlaceholder(line) != name)
            fail(tr("{{signatures}} must stand alone on its line"));
        at = end + 2;
    }
}

} // namespace

FieldErrors checkTemplate(const QString& field, const QString& body,
                          const std::function<bool(QStringView)>& isKnown)
{
    FieldErrors errors;
    const QStringList lines = linesOf(body);
    bool anyText = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (isComment(trimmed))
            continue;
        anyText = anyText || !trimmed.isEmpty();
        checkLine(field, lines.at(i), int(i + 1), isKnown, errors);
    }
    if (!anyText)
        errors.append({field, tr("the template has no text (only notes or blank lines)")});
    return errors;
}

QList<TemplateBlock> parseTemplate(const QString& body)
{
    static const QRegularExpression title(QStringLiteral("^(#+)\\s+(.*)$"));
    static const QRegularExpression bullet(QStringLiteral("^[-*]\\s+(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^\\d{1,3}[.)]\\s+\\S"));
    using Kind = TemplateBlock::Kind;
    QList<TemplateBlock> blocks;
    bool open = false; // the last block takes the next text line
    const QStringList lines = linesOf(body);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        const int line = int(i + 1);
        if (isComment(trimmed))
            continue;
        if (trimmed.isEmpty()) {
            open = false;
            continue;
        }
        if (const auto m = title.match(trimmed); m.hasMatch()) {
            blocks.append({m.capturedLength(1) == 1 ? Kind::Title : Kind::Heading,
                           m.captured(2).trimmed(), line});
            open = false;
        } else if (wholePlaceholder(trimmed) == QStringView(kSignaturesPlaceholder)) {
            blocks.append({Kind::Signatures, QString(), line});
            open = false;
        } else if (const auto b = bullet.match(trimmed); b.hasMatch()) {
            blocks.append({Kind::Bullet, b.captured(1).trimmed(), line});
            open = true;
        } else if (numbered.match(trimmed).hasMatch()) {
            blocks.append({Kind::Numbered, trimmed, line});
            open = true;
        } else if (open) {
            blocks.last().text += QLatin1Char(' ') + trimmed;
        } else {
            blocks.append({Kind::Paragraph, trimmed, line});
            open = true;
        }
    }
    return blocks;
}

QStringList placeholdersUsed(const QList<TemplateBlock>& blocks)
{
    QStringList names;
    for (const TemplateBlock& block : blocks)
        for (auto it = placeholderPattern().globalMatch(block.text); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!names.contains(name))
                names.append(name);
        }
    return names;
}

store::StoreResult<QList<TemplateBlock>>
fillTemplate(const QList<TemplateBlock>& blocks, const TemplateValues& values, const QString& field)
{
    FieldErrors errors;
    for (const QString& name : placeholdersUsed(blocks)) {
        if (values.text.contains(name) || values.lists.contains(name))
            continue;
        const QString why = values.missing.value(name, tr("which has no value here"));
        errors.append({field, tr("the template needs %1, %2").arg(name, why)});
    }
    if (!errors.isEmpty()) {
        // Said as "agreement: the template needs …", one line each: no option the user
        // typed is wrong, so the CLI prints the lines as they are (exit 2 all the same).
        store::StoreError error = store::StoreError::invalid(errors);
        error.fields.clear();
        return error;
    }

    const auto substitute = [&](const QString& text) {
        QString out;
        qsizetype at = 0;
        for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            out += text.mid(at, match.capturedStart(0) - at);
            const QString name = match.captured(1);
            out += values.lists.contains(name) ? values.lists.value(name).join(QStringLiteral("; "))
                                               : values.text.value(name);
            at = match.capturedEnd(0);
        }
        return out + text.mid(at);
    };
    QList<TemplateBlock> filled;
    for (const TemplateBlock& block : blocks) {
        const QString whole = wholePlaceholder(block.text);
        const bool listAlone = (block.kind == TemplateBlock::Kind::Paragraph ||
                                block.kind == TemplateBlock::Kind::Bullet) &&
                               values.lists.contains(whole);
        if (listAlone) {
            for (const QString& item : values.lists.value(whole))
                filled.append({TemplateBlock::Kind::Bullet, item, block.line});
            continue;
        }
        filled.append({block.kind, substitute(block.text), block.line});
    }
    return filled;
}

} // namespace rentflow
