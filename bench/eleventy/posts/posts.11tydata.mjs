// Every post: the post layout, at /posts/<file name without its date prefix>/.
export default {
  layout: "post.njk",
  eleventyComputed: {
    permalink: (data) => `/posts/${data.page.fileSlug}/`,
  },
};
