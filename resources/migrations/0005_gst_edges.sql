-- Schema v5 (issue 8, GST and settlement edges). Every statement is safe to run twice.

-- §4.5: accommodation in hostels and paying guests is SAC 996322 on every line,
-- exempt or taxed. The taxed rules shipped before this step said 996311; only
-- those shipped rows change (an operator's own rules are left as they are).
UPDATE tax_rule SET sac = '996322', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE category = 'accommodation' AND sac = '996311'
      AND description = 'Accommodation services' AND deleted = 0;
