// 推进国家公园建设, 推进三江源国家公园体制试点: a national park is an area of the state's system of protected land (its
// pilots, its founding, its management), a task of the plateau counties' ecology, never one project's works; the
// 森林公园, 湿地公园 or 滨河公园 a county builds stay projects (held-out-355, F7192).

/** The system's word alone or after the park's own name, with the pilot words the reports add. */
const NATIONAL_PARK = /^[\u4e00-\u9fa5]{0,8}?国家公园(?:体制)?(?:试点区?)?$/;

/** Whether a name is a national park of the protected-land system, no project. */
export const isNationalPark = (name: string) => name.includes('国家公园') && NATIONAL_PARK.test(name);
