#pragma once

// A small classification scheme for the tests of the classifier's and the
// alignment's steps, whose weights make every expected figure one a reader
// can work out by hand.

#include <QByteArray>

namespace Dz::Test
{

// A (results, first, content), B (shortcomings, middle), C (the leaders'
// duty, only from a heading), D (plans, last); themes T1 (enforcement) and
// T2 (legal education). Default settings: part threshold 2, child override
// 3.5, split 2, theme heading 2, theme 0.9, body theme cap and minimum 2,
// body part weight 0.35, order weight 1, first clause bonus 1.3.
inline const QByteArray StepsScheme = R"({"format": "duizhao-scheme", "version": 1, "id": "steps",
  "label": {"zh": "步骤", "en": "Steps"},
  "contentPart": "A", "themedParts": ["A"], "connectors": ["和", "及"],
  "parts": [
    {"id": "A", "label": {"zh": "成效", "en": "Results"}, "required": true, "position": 0,
     "headingCues": [{"term": "成效", "weight": 2.5}, {"term": "举措", "weight": 1}], "bodyCues": [{"term": "完成", "weight": 1}]},
    {"id": "B", "label": {"zh": "不足", "en": "Shortcomings"}, "required": true, "position": 0.5,
     "headingCues": [{"term": "不足", "weight": 2.5}, {"term": "问题", "weight": 1}], "bodyCues": [{"term": "差距", "weight": 1}]},
    {"id": "C", "label": {"zh": "职责", "en": "Duty"}, "position": 0.5, "needsHeading": true,
     "headingCues": [{"term": "第一责任人", "weight": 3}], "bodyCues": [{"term": "亲自部署", "weight": 2}]},
    {"id": "D", "label": {"zh": "打算", "en": "Plans"}, "position": 1,
     "headingCues": [{"term": "打算", "weight": 2.5}, {"term": "思路", "weight": 1}], "bodyCues": [{"term": "计划", "weight": 1}]}],
  "themes": [
    {"id": "T1", "label": {"zh": "执法", "en": "Enforcement"}, "cues": [{"term": "执法", "weight": 2}, {"term": "检查", "weight": 1}]},
    {"id": "T2", "label": {"zh": "普法", "en": "Legal education"}, "cues": [{"term": "普法", "weight": 2}, {"term": "宣传", "weight": 1}]}]})";

} // namespace Dz::Test
